package cn.bjrenovation.platform.grpc;

import java.util.function.Supplier;

import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.NotFoundException;
import cn.bjrenovation.platform.problems.UpstreamUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * Runs a gRPC call to another service under its Resilience4j retry and circuit breaker (instances named
 * after the callee, configured under {@code resilience4j.retry.instances.<callee>} and
 * {@code resilience4j.circuitbreaker.instances.<callee>}), and turns what comes back into the suite's
 * errors: a callee that is down or open-circuited becomes {@link UpstreamUnavailableException} (REST 503),
 * a refusal keeps its meaning. The call itself sets its deadline.
 */
public class ResilientCalls {

	private final CircuitBreakerRegistry circuitBreakers;

	private final RetryRegistry retries;

	public ResilientCalls(CircuitBreakerRegistry circuitBreakers, RetryRegistry retries) {
		this.circuitBreakers = circuitBreakers;
		this.retries = retries;
	}

	public <T> T call(String callee, Supplier<T> call) {
		CircuitBreaker circuitBreaker = circuitBreakers.circuitBreaker(callee);
		Retry retry = retries.retry(callee);
		Supplier<T> guarded = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuitBreaker, call));
		try {
			return guarded.get();
		}
		catch (CallNotPermittedException ex) {
			throw new UpstreamUnavailableException(callee, "circuit breaker is open after repeated failures", ex);
		}
		catch (StatusRuntimeException ex) {
			throw translate(callee, ex);
		}
	}

	public CircuitBreaker.State circuitState(String callee) {
		return circuitBreakers.circuitBreaker(callee).getState();
	}

	private static RuntimeException translate(String callee, StatusRuntimeException ex) {
		Status status = ex.getStatus();
		String description = status.getDescription() == null ? status.getCode().name() : status.getDescription();
		return switch (status.getCode()) {
			case INVALID_ARGUMENT -> new InvalidInputException(callee, description);
			case NOT_FOUND -> new NotFoundException(callee + " object", description);
			case UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, ABORTED ->
				new UpstreamUnavailableException(callee, status.getCode() + " (" + description + ")", ex);
			default -> new UpstreamUnavailableException(callee, "failed with " + status.getCode() + ": " + description, ex);
		};
	}

}
