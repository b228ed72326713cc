package cn.bjrenovation.platform.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a service's context at the shared test PostgreSQL, Kafka broker and dev issuer. */
public class RealInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPostgres postgres = TestInfrastructure.postgres();
		TestPropertyValues
			.of("spring.datasource.url=" + postgres.jdbcUrl(), "spring.datasource.username=" + postgres.username(),
					"spring.datasource.password=" + postgres.password(),
					"spring.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
					"spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestInfrastructure.issuer().issuerUri(),
					"spring.grpc.server.port=0", "renovation.events.retry-interval=100ms",
					// tests need no graceful drain; a slow shutdown only delays the test JVM's exit
					"server.shutdown=immediate", "spring.grpc.server.shutdown-grace-period=0s",
					"spring.lifecycle.timeout-per-shutdown-phase=2s")
			.applyTo(context);
	}

}
