package cn.bjrenovation.planning.design.persistence;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import cn.bjrenovation.planning.design.domain.DesignCatalogue;
import cn.bjrenovation.planning.design.domain.HistoricDistrictRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The reference data design review reads, shipped with the service and read once: planning's copy of housing's
 * renovation-item catalogue ({@code reference/renovation-items.csv}, copied unchanged — planning never reads housing's
 * resources), what design review adds per item ({@code reference/design-item-rules.csv}) and the items forbidden in
 * historic districts ({@code reference/historic-district-forbidden-items.csv}).
 */
@Configuration(proxyBeanMethods = false)
class DesignReferenceConfiguration {

	static final String ITEMS = "reference/renovation-items.csv";

	static final String RULES = "reference/design-item-rules.csv";

	static final String HISTORIC = "reference/historic-district-forbidden-items.csv";

	@Bean
	DesignCatalogue designCatalogue() {
		try (Reader items = reader(ITEMS); Reader rules = reader(RULES)) {
			return DesignCatalogue.read(items, rules);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + ITEMS + " or " + RULES, ex);
		}
	}

	@Bean
	HistoricDistrictRules historicDistrictRules(DesignCatalogue catalogue) {
		try (Reader historic = reader(HISTORIC)) {
			return HistoricDistrictRules.read(historic, catalogue);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + HISTORIC, ex);
		}
	}

	private static Reader reader(String resource) throws IOException {
		return new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
	}

}
