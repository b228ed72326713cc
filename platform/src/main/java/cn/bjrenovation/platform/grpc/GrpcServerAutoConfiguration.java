package cn.bjrenovation.platform.grpc;

import cn.bjrenovation.platform.config.PolicyAutoConfiguration;
import cn.bjrenovation.platform.observability.Traceparents;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.Echo;
import cn.bjrenovation.platform.problems.ForbiddenException;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.NotFoundException;
import cn.bjrenovation.platform.problems.PayloadTooLargeException;
import cn.bjrenovation.platform.problems.UpstreamUnavailableException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.grpc.Status;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.grpc.client.GlobalClientInterceptor;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;
import org.springframework.grpc.server.security.AuthenticationProcessInterceptor;
import org.springframework.grpc.server.security.GrpcSecurity;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/** gRPC plumbing: resilient client calls; maps the suite's refusals to gRPC status codes, with the same reason text REST gives. */
@AutoConfiguration(after = PolicyAutoConfiguration.class)
@ConditionalOnClass(GrpcExceptionHandler.class)
public class GrpcServerAutoConfiguration {

	@Bean
	@ConditionalOnClass(name = "io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry")
	ResilientCalls resilientCalls(CircuitBreakerRegistry circuitBreakers, RetryRegistry retries) {
		return new ResilientCalls(circuitBreakers, retries);
	}

	/**
	 * Every RPC needs a valid JWT from the suite's issuer, except health checks (probes) and reflection: the bearer
	 * token of the call's metadata, verified by the service's {@link JwtDecoder} (signature, issuer, audience,
	 * lifetime; {@code TokenVerificationAutoConfiguration}) on every call, as Spring gRPC's resource-server set-up
	 * would, with the application's authentication events. Built here rather than by {@code oauth2ResourceServer}
	 * because that wraps the manager in a Micrometer observation per call (a span, a timer and a long task timer for
	 * a cached token check, a third of what authentication and duty check added to a call); the call's own gRPC
	 * server observation still times every call and records its status, refusals included.
	 */
	@Bean
	@GlobalServerInterceptor
	AuthenticationProcessInterceptor grpcAuthentication(GrpcSecurity grpc, JwtDecoder tokens,
			ObjectProvider<AuthenticationEventPublisher> events) throws Exception {
		ProviderManager authentication = new ProviderManager(new JwtAuthenticationProvider(tokens));
		events.ifAvailable(authentication::setAuthenticationEventPublisher);
		return grpc
			.authorizeRequests(requests -> requests
				.methods("grpc.health.v1.Health/*", "grpc.reflection.v1.ServerReflection/*")
				.permitAll()
				.allRequests()
				.authenticated())
			.authenticationExtractor(new BearerTokenExtractor())
			.authenticationManager(authentication)
			.build();
	}

	@Bean
	@GlobalServerInterceptor
	DutyCheckServerInterceptor grpcDutyCheck(DutyPolicy policy) {
		return new DutyCheckServerInterceptor(policy);
	}

	/** The call's span (or the caller's {@code traceparent}) as the trace of what the call changes and raises. */
	@Bean
	@GlobalServerInterceptor
	TraceContextServerInterceptor grpcTraceContext(ObjectProvider<Tracer> tracer) {
		return new TraceContextServerInterceptor(() -> Traceparents.current(tracer.getIfAvailable()));
	}

	/** String fields holding NUL or another control character: INVALID_ARGUMENT naming the field, for every RPC. */
	@Bean
	@GlobalServerInterceptor
	ControlCharacterServerInterceptor grpcControlCharacters() {
		return new ControlCharacterServerInterceptor();
	}

	@Bean
	@GlobalClientInterceptor
	BearerTokenRelay bearerTokenRelay() {
		return new BearerTokenRelay();
	}

	@Bean
	GrpcExceptionHandler suiteExceptions() {
		return exception -> {
			Status status = null;
			if (exception instanceof InvalidInputException invalid) {
				return InvalidArguments.of(invalid);
			}
			if (exception instanceof NotFoundException) {
				status = Status.NOT_FOUND;
			}
			else if (exception instanceof ForbiddenException forbidden) {
				return Status.PERMISSION_DENIED.withDescription(Echo.cutUtf8(forbidden.operation() + ": " + forbidden.getMessage(), InvalidArguments.MESSAGE_BYTES))
					.asException();
			}
			else if (exception instanceof ConflictException) {
				status = Status.FAILED_PRECONDITION;
			}
			else if (exception instanceof PayloadTooLargeException) {
				status = Status.RESOURCE_EXHAUSTED;
			}
			else if (exception instanceof UpstreamUnavailableException) {
				status = Status.UNAVAILABLE;
			}
			return status == null ? null : status.withDescription(Echo.cutUtf8(exception.getMessage(), InvalidArguments.MESSAGE_BYTES)).asException();
		};
	}

}
