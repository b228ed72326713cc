package cn.bjrenovation.platform.policy;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The one duty policy a service checks on both its REST and its gRPC side. */
@AutoConfiguration
public class PolicyAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DutyPolicy dutyPolicy() {
		return DutyPolicy.load();
	}

}
