package cn.bjrenovation.housing.project.persistence;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import cn.bjrenovation.housing.project.domain.RenovationItemCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/** The renovation-item catalogue shipped with the service ({@code reference/renovation-items.csv}), read once. */
@Configuration(proxyBeanMethods = false)
class RenovationItemCatalogueConfiguration {

	static final String RESOURCE = "reference/renovation-items.csv";

	@Bean
	RenovationItemCatalogue renovationItemCatalogue() {
		try (var reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
				StandardCharsets.UTF_8)) {
			return RenovationItemCatalogue.read(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
	}

}
