package cn.bjrenovation.pipeline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * pipeline-service (市城市管理委): utility pipeline coordination (管线统筹). Roads of one street are opened in
 * one shared trench window (dig once), so it keeps, street by street, the communities housing registers.
 */
@SpringBootApplication
public class PipelineServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(PipelineServiceApplication.class, args);
	}

}
