package cn.bjrenovation.platform.grpc;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import cn.bjrenovation.platform.identity.InvalidCallerException;
import cn.bjrenovation.platform.policy.Decision;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Operation;
import cn.bjrenovation.platform.security.CurrentCaller;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import org.springframework.core.Ordered;

/**
 * The duty policy on the gRPC port: a department system calling a service directly is held to the same
 * Annex 2 duties as a call through the gateway. Runs after authentication; health and reflection are open
 * (probes carry no token). Refusals are PERMISSION_DENIED naming the operation and the missing duty.
 */
public class DutyCheckServerInterceptor implements ServerInterceptor, Ordered {

	private final DutyPolicy policy;

	/** The operation of each gRPC method the policy names, looked up once (the policy's own lookup scans its list). */
	private final Map<String, Operation> operations = new HashMap<>();

	public DutyCheckServerInterceptor(DutyPolicy policy) {
		this.policy = policy;
		for (Operation operation : policy.operations()) {
			if (operation.grpcMethod() != null) {
				// the first listed wins, as in DutyPolicy.forGrpc
				operations.putIfAbsent(operation.grpcMethod(), operation);
			}
		}
	}

	/** After spring-grpc's authentication interceptor (order -10), which puts the caller in the security context. */
	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call, Metadata headers,
			ServerCallHandler<ReqT, RespT> next) {
		String method = call.getMethodDescriptor().getFullMethodName();
		if (isOpen(method)) {
			return next.startCall(call, headers);
		}
		Decision decision;
		try {
			decision = policy.decide(CurrentCaller.get(), Optional.ofNullable(operations.get(method)), method);
		}
		catch (InvalidCallerException ex) {
			decision = new Decision.Refused(method, ex.getMessage());
		}
		if (decision instanceof Decision.Refused refused) {
			call.close(Status.PERMISSION_DENIED.withDescription(refused.operationId() + ": " + refused.reason()),
					new Metadata());
			return new ServerCall.Listener<>() {
			};
		}
		return next.startCall(call, headers);
	}

	static boolean isOpen(String fullMethodName) {
		return fullMethodName.startsWith("grpc.health.v1.") || fullMethodName.startsWith("grpc.reflection.v1.");
	}

}
