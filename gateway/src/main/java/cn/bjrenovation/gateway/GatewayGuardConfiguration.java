package cn.bjrenovation.gateway;

import java.util.Collections;
import java.util.List;

import cn.bjrenovation.platform.policy.DutyPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierReactiveJwtDecoder;

/**
 * The guard on every call ({@link CallGuard}) and the audit of every call ({@link CallAudit}). Tokens are
 * verified by Spring Security's Nimbus decoder against the OIDC issuer named by {@code JWT_ISSUER_URI} —
 * its discovery document and JWKS are fetched on the first call, so the gateway may start before the
 * issuer — for signature, issuer, expiry (60 s clock skew) and audience ({@code JWT_AUDIENCE}).
 */
@Configuration(proxyBeanMethods = false)
class GatewayGuardConfiguration {

	@Bean
	DutyPolicy dutyPolicy() {
		return DutyPolicy.load();
	}

	@Bean
	ReactiveJwtDecoder verifiedTokens(@Value("${renovation.gateway.jwt.issuer-uri}") String issuer,
			@Value("${renovation.gateway.jwt.audience}") List<String> audiences) {
		return new VerifiedTokens(new SupplierReactiveJwtDecoder(() -> {
			NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withIssuerLocation(issuer).build();
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtIssuerValidator(issuer), new TokenLifetimeCheck(),
					new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
							audience -> audience != null && !Collections.disjoint(audience, audiences))));
			return decoder;
		}));
	}

	@Bean
	CallGuard callGuard(ReactiveJwtDecoder verifiedTokens, DutyPolicy policy,
			@Value("${renovation.gateway.rate-limit.per-second:100}") double perSecond,
			@Value("${renovation.gateway.rate-limit.burst:200}") double burst,
			@Value("${renovation.gateway.rate-limit.anonymous-per-second:2}") double anonymousPerSecond,
			@Value("${renovation.gateway.rate-limit.anonymous-burst:30}") double anonymousBurst) {
		return new CallGuard(HeaderFirewall.strict(), verifiedTokens, new CallerRateLimit(perSecond, burst),
				new CallerRateLimit(anonymousPerSecond, anonymousBurst), policy);
	}

	@Bean
	BodyLimitGatewayFilterFactory bodyLimit() {
		return new BodyLimitGatewayFilterFactory();
	}

	@Bean
	CallTrace callTrace() {
		return new CallTrace();
	}

	@Bean
	UpstreamFailures upstreamFailures() {
		return new UpstreamFailures();
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

}
