package cn.bjrenovation.gateway;

import cn.bjrenovation.platform.policy.DutyPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * 401 for a missing or invalid token (signature, issuer, audience, expiry — validated against the OIDC
 * issuer's JWKS), then the caller's rate limit, then the duty policy. The verified token is relayed to the service, which checks again.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

	@Bean
	DutyPolicy dutyPolicy() {
		return DutyPolicy.load();
	}

	/** Wraps the resource server's JWT decoder (issuer, audience, signature) in the verified-token memory. */
	@Bean
	static BeanPostProcessor verifiedTokens() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokens)
						? new VerifiedTokens(decoder) : bean;
			}
		};
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "renovation.gateway.audit.enabled", matchIfMissing = true)
	AuditPublisher auditPublisher(@Value("${renovation.gateway.audit.bootstrap-servers}") String bootstrapServers) {
		return new AuditPublisher(bootstrapServers);
	}

	@Bean
	@ConditionalOnBean(AuditPublisher.class)
	CallAudit callAudit(AuditPublisher publisher) {
		return new CallAudit(publisher);
	}

	/** The strict firewall, with header checks that cost no regular expression per header. */
	@Bean
	ServerWebExchangeFirewall firewall() {
		return HeaderFirewall.strict();
	}

	/** Spring Security's per-filter observations cost ~5 % of the gateway's CPU; the services observe their calls. */
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, DutyPolicy policy,
			@Value("${renovation.gateway.rate-limit.per-second:100}") double perSecond,
			@Value("${renovation.gateway.rate-limit.burst:200}") double burst) {
		return http
			.authorizeExchange(exchanges -> exchanges.matchers(new ProbePaths()).permitAll().anyExchange().authenticated())
			.oauth2ResourceServer(server -> server.bearerTokenConverter(new BearerTokens()).jwt(Customizer.withDefaults()))
			.addFilterAfter(new CallerRateLimit(perSecond, burst), SecurityWebFiltersOrder.AUTHENTICATION)
			.addFilterAfter(new DutyEnforcement(policy), SecurityWebFiltersOrder.AUTHORIZATION)
			// a stateless API: no web session, so no saved request and no session-held security context
			// (the default request cache creates a WebSession per call, hopping to Reactor's parallel scheduler)
			.requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.build();
	}

}
