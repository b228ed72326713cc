package cn.bjrenovation.platform.testing.fuzz;

import java.util.ArrayList;
import java.util.List;

import cn.bjrenovation.platform.testing.GrpcRefusals;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * Judges a gRPC refusal to a caller holding the duty: never INTERNAL or UNKNOWN (nor any other server fault);
 * INVALID_ARGUMENT carries {@code google.rpc.BadRequest} details naming each field; no refusal leaks the
 * implementation; a valid token is never UNAUTHENTICATED.
 */
public final class GrpcVerdict {

	private GrpcVerdict() {
	}

	public static List<String> judge(StatusRuntimeException refusal) {
		List<String> wrong = new ArrayList<>();
		Status.Code code = refusal.getStatus().getCode();
		switch (code) {
			case INTERNAL, UNKNOWN, DATA_LOSS, UNIMPLEMENTED, UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED ->
				wrong.add("gRPC " + code);
			case UNAUTHENTICATED -> wrong.add("gRPC UNAUTHENTICATED for a valid token");
			case INVALID_ARGUMENT -> {
				List<BadRequest.FieldViolation> violations = GrpcRefusals.fieldViolations(refusal);
				if (violations.isEmpty()) {
					wrong.add("gRPC INVALID_ARGUMENT without BadRequest field violations");
				}
				else if (violations.stream().anyMatch(violation -> violation.getField().isBlank())) {
					wrong.add("gRPC INVALID_ARGUMENT with a blank field in its violations");
				}
			}
			default -> {
			}
		}
		String description = refusal.getStatus().getDescription();
		if (description != null && RawHttp.leak(description) != null) {
			wrong.add("gRPC " + code + " description leaks implementation names");
		}
		return wrong;
	}

	public static String describe(StatusRuntimeException refusal) {
		StringBuilder text = new StringBuilder(refusal.getStatus().getCode().name()).append(": ")
			.append(refusal.getStatus().getDescription());
		for (BadRequest.FieldViolation violation : GrpcRefusals.fieldViolations(refusal)) {
			text.append(" [").append(violation.getField()).append(": ").append(violation.getDescription()).append(']');
		}
		return text.toString();
	}

}
