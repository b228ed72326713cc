package cn.bjrenovation.platform.web;

import java.util.List;

import cn.bjrenovation.platform.config.PolicyAutoConfiguration;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.observability.Traceparents;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import jakarta.servlet.DispatcherType;
import java.util.Arrays;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JacksonModule;

/**
 * The REST side of every service: JWT resource server (the same issuer as the gateway), the duty policy
 * checked again for every {@code /api/**} call, the caller as a controller argument, trace context, text with
 * control characters refused at the edge, and problem+json for every error — Spring MVC's, the security chain's,
 * {@code /error}'s and the servlet container's own.
 */
@AutoConfiguration(after = PolicyAutoConfiguration.class,
		beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ServiceWebAutoConfiguration {

	/**
	 * Tokens are required everywhere but on the health probes and the policy's public operations (公示, {@code public:
	 * true}): those are answered without a caller, and a token sent along is not even read.
	 */
	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, DutyPolicy policy) throws Exception {
		ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
		RequestMatcher publicOperations = request -> policy
			.publicOperation(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()))
			.isPresent();
		DefaultBearerTokenResolver bearerTokens = new DefaultBearerTokenResolver();
		return http
			.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
				.permitAll()
				.requestMatchers(publicOperations)
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
				.bearerTokenResolver(request -> publicOperations.matches(request) ? null : bearerTokens.resolve(request))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	FilterRegistrationBean<TraceContextFilter> traceContextFilter(ObjectProvider<Tracer> tracer) {
		FilterRegistrationBean<TraceContextFilter> registration = new FilterRegistrationBean<>(
				new TraceContextFilter(() -> Traceparents.current(tracer.getIfAvailable())));
		// inside the HTTP server observation (HIGHEST_PRECEDENCE + 1), whose span it carries; before everything else
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	ProblemsAdvice problemsAdvice() {
		return new ProblemsAdvice();
	}

	@Bean
	ProblemErrorController problemErrorController() {
		return new ProblemErrorController();
	}

	/** JSON strings with NUL or another control character are refused while the body is read. */
	@Bean
	JacksonModule controlCharacterJsonModule() {
		return new ControlCharacterJsonModule();
	}

	/** Dates in bodies are calendar days the database can hold, written yyyy-MM-dd. */
	@Bean
	JacksonModule calendarDateJsonModule() {
		return new CalendarDateJsonModule();
	}

	@Bean
	PathVariableNames pathVariableNames(BeanFactory beans) {
		return new PathVariableNames(() -> beans.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
	}

	/** Query parameters and path variables with control characters: 400 before security or any handler reads them. */
	@Bean
	FilterRegistrationBean<ControlCharacterFilter> controlCharacterFilter(PathVariableNames pathVariables) {
		FilterRegistrationBean<ControlCharacterFilter> registration = new FilterRegistrationBean<>(
				new ControlCharacterFilter(pathVariables));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/** Tomcat's own refusals (e.g. {@code %00} in the path) as problem+json, not its HTML error page. */
	@Bean
	@ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(PathVariableNames pathVariables) {
		// the host exists, and has added Tomcat's HTML ErrorReportValve, only once the context starts
		return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() instanceof StandardHost host
					&& Arrays.stream(host.getPipeline().getValves()).noneMatch(ProblemErrorReportValve.class::isInstance)) {
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ProblemErrorReportValve(pathVariables));
			}
		}));
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
