package cn.bjrenovation.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The suite's single entrance: verifies every caller's token and enforces the Annex 2 division of duties
 * (附件2 任务分工) from {@code policy/duties.yml} before routing to a department service.
 */
@SpringBootApplication
public class GatewayApplication {

	public static void main(String[] args) {
		SpringApplication.run(GatewayApplication.class, args);
	}

}
