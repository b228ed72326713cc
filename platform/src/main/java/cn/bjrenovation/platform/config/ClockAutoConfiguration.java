package cn.bjrenovation.platform.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The one clock every use case takes its "now" and "today" from, injected so a test can fix it. Beijing time: a
 * date an official reads (an appraisal's "today", a plan year) is a date in Beijing; instants are zone-free.
 */
@AutoConfiguration
public class ClockAutoConfiguration {

	public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(BEIJING);
	}

}
