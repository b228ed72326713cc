package cn.bjrenovation.planning;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * planning-service (市规划自然资源委): responsible planners (责任规划师) per street, and the communities they
 * design for, as known from housing's events.
 */
@SpringBootApplication
public class PlanningServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(PlanningServiceApplication.class, args);
	}

}
