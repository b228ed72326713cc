package cn.bjrenovation.platform.grpc;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * The failures worth retrying and counting against a callee's circuit breaker: it is down, overloaded or
 * too slow. A refusal (INVALID_ARGUMENT, NOT_FOUND, PERMISSION_DENIED ...) is an answer, not a failure.
 * Named in {@code resilience4j.*.configs.default.*-exception-predicate}.
 */
public class RetryableStatus implements Predicate<Throwable> {

	private static final Set<Status.Code> TRANSIENT = EnumSet.of(Status.Code.UNAVAILABLE,
			Status.Code.DEADLINE_EXCEEDED, Status.Code.RESOURCE_EXHAUSTED, Status.Code.ABORTED);

	@Override
	public boolean test(Throwable failure) {
		return failure instanceof StatusRuntimeException status && TRANSIENT.contains(status.getStatus().getCode());
	}

}
