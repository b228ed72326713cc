package cn.bjrenovation.planning;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * planning-service (市规划自然资源委): responsible planners (责任规划师) per street, the communities they design for
 * (from housing's events), the design cases of planned projects with their one-shot review and permits, and
 * illegal-construction determinations.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlanningServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(PlanningServiceApplication.class, args);
	}

}
