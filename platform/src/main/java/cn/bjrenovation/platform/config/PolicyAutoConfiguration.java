package cn.bjrenovation.platform.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import cn.bjrenovation.platform.policy.DutyPolicy;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

/** The one duty policy a service checks on both its REST and its gRPC side, and asks for every object's scope. */
@AutoConfiguration
@EnableConfigurationProperties(PolicyAutoConfiguration.PolicySettings.class)
public class PolicyAutoConfiguration {

	/**
	 * @param location where the policy is read from; the suite's own {@code policy/duties.yml} unless a test points
	 * it at a changed copy (production never does: the gateway reads the same file from its jar)
	 */
	@ConfigurationProperties("renovation.policy")
	public record PolicySettings(@DefaultValue("classpath:" + DutyPolicy.LOCATION) Resource location) {
	}

	@Bean
	@ConditionalOnMissingBean
	DutyPolicy dutyPolicy(PolicySettings settings) {
		try (InputStream in = settings.location().getInputStream()) {
			return DutyPolicy.parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the duty policy at " + settings.location(), ex);
		}
	}

}
