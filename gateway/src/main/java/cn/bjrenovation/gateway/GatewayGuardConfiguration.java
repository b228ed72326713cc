package cn.bjrenovation.gateway;

import java.time.Clock;

import java.util.Collections;
import java.util.List;

import cn.bjrenovation.platform.policy.DutyPolicy;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
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
@EnableConfigurationProperties(GatewaySettings.class)
class GatewayGuardConfiguration {

	/** Anything no filter answered, as problem+json instead of WebFlux's error page. */
	@Bean
	ErrorPages errorPages() {
		return new ErrorPages();
	}

	@Bean
	DutyPolicy dutyPolicy() {
		return DutyPolicy.load();
	}

	@Bean
	ReactiveJwtDecoder verifiedTokens(GatewaySettings settings) {
		String issuer = settings.jwt().issuerUri();
		List<String> audiences = settings.jwt().audience();
		return new VerifiedTokens(new SupplierReactiveJwtDecoder(() -> {
			NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withIssuerLocation(issuer).build();
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtIssuerValidator(issuer), new TokenLifetimeCheck(),
					new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
							audience -> audience != null && !Collections.disjoint(audience, audiences))));
			return decoder;
		}));
	}

	/**
	 * Per-caller limits in Redis, leased a few calls at a time; per instance when sharing is switched off.
	 */
	@Bean
	SharedCallerRateLimit callerRateLimit(GatewaySettings settings, ObjectProvider<ReactiveStringRedisTemplate> redis) {
		GatewaySettings.RateLimit rates = settings.rateLimit();
		GatewaySettings.Shared shared = rates.shared();
		if (!shared.enabled()) {
			return SharedCallerRateLimit.perInstance(rates.perSecond(), rates.burst());
		}
		return new SharedCallerRateLimit(redis.getObject(), SharedCallerRateLimit.leaseScript(), shared.keyPrefix(),
				rates.perSecond(), rates.burst(), shared.timeout(), shared.retryAfter(), shared.leaseTime());
	}

	@Bean
	CallGuard callGuard(ReactiveJwtDecoder verifiedTokens, DutyPolicy policy, GatewaySettings settings,
			SharedCallerRateLimit callerRateLimit, ConsoleSessions consoleSessions) {
		GatewaySettings.RateLimit rates = settings.rateLimit();
		return new CallGuard(HeaderFirewall.strict(), verifiedTokens, callerRateLimit,
				new CallerRateLimit(rates.anonymousPerSecond(), rates.anonymousBurst()),
				new CallerRateLimit(rates.publicPerSecond(), rates.publicBurst()), policy, consoleSessions);
	}

	/** The web console's logins and sessions ({@link ConsoleLogin}): in Redis, or per instance when sharing is off. */
	@Bean
	ConsoleSessions consoleSessions(GatewaySettings settings, ObjectProvider<ReactiveStringRedisTemplate> redis,
			Clock clock) {
		GatewaySettings.Sessions sessions = settings.console().sessions();
		if (!sessions.shared()) {
			return ConsoleSessions.perInstance(clock);
		}
		return new ConsoleSessions(redis.getObject(), sessions.keyPrefix(), sessions.timeout(), sessions.retryAfter(),
				clock);
	}

	/** 1 while Redis does not answer and new console logins are held in this instance's memory. */
	@Bean
	MeterBinder consoleSessionSharing(ConsoleSessions consoleSessions) {
		return registry -> Gauge
			.builder("renovation.gateway.console.sessions.degraded", () -> consoleSessions.degraded() ? 1 : 0)
			.description("1 while the console's logins are held per gateway instance because Redis does not answer")
			.register(registry);
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	BodyLimitGatewayFilterFactory bodyLimit() {
		return new BodyLimitGatewayFilterFactory();
	}

	/** Spans of its own only where they are exported: the trace context is carried either way. */
	@Bean
	CallTrace callTrace(Environment environment, ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		return environment.containsProperty("management.opentelemetry.tracing.export.otlp.endpoint")
				? new CallTrace(tracer.getIfAvailable(), propagator.getIfAvailable()) : new CallTrace();
	}

	/** 1 while Redis does not answer and callers' limits are held per instance. */
	@Bean
	MeterBinder rateLimitSharing(SharedCallerRateLimit callerRateLimit) {
		return registry -> Gauge.builder("renovation.gateway.rate.limit.degraded", () -> callerRateLimit.degraded() ? 1 : 0)
			.description("1 while callers' rate limits are held per gateway instance because Redis does not answer")
			.register(registry);
	}

	@Bean
	UpstreamFailures upstreamFailures() {
		return new UpstreamFailures();
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "renovation.gateway.audit.enabled", matchIfMissing = true)
	AuditPublisher auditPublisher(GatewaySettings settings) {
		return new AuditPublisher(settings.audit().bootstrapServers());
	}

	@Bean
	@ConditionalOnBean(AuditPublisher.class)
	CallAudit callAudit(AuditPublisher publisher) {
		return new CallAudit(publisher);
	}

}
