package cn.bjrenovation.housing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** housing-service (市住房城乡建设委): the city-wide database of pre-2000 communities and the projects on them. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HousingServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(HousingServiceApplication.class, args);
	}

}
