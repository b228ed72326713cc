package cn.bjrenovation.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code service-defaults.yml} — the settings every service shares (Kafka serialisation and
 * reliability, datasource, Flyway, outbox, gRPC server, JWT, actuator probes) — as the lowest-precedence
 * property source, so a service's own {@code application.yml} stays small and can override any of it.
 */
public class ServiceDefaults implements EnvironmentPostProcessor {

	private static final String NAME = "service-defaults.yml";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.containsProperty("renovation.schema")) {
			return; // not a department service (e.g. the gateway)
		}
		try {
			for (PropertySource<?> source : new YamlPropertySourceLoader().load(NAME, new ClassPathResource(NAME))) {
				environment.getPropertySources().addLast(source);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
