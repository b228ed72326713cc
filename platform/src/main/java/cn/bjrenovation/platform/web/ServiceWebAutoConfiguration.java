package cn.bjrenovation.platform.web;

import java.util.List;

import cn.bjrenovation.platform.config.PolicyAutoConfiguration;
import cn.bjrenovation.platform.policy.DutyPolicy;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The REST side of every service: JWT resource server (the same issuer as the gateway), the duty policy
 * checked again for every {@code /api/**} call, the caller as a controller argument, trace context and
 * problem+json errors.
 */
@AutoConfiguration(after = PolicyAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ServiceWebAutoConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	FilterRegistrationBean<TraceContextFilter> traceContextFilter() {
		FilterRegistrationBean<TraceContextFilter> registration = new FilterRegistrationBean<>(new TraceContextFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	ProblemsAdvice problemsAdvice() {
		return new ProblemsAdvice();
	}

	@Bean
	WebMvcConfigurer dutyChecks(DutyPolicy policy) {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new DutyCheckInterceptor(policy)).addPathPatterns("/api/**");
			}

			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CallerResolution());
			}
		};
	}

}
