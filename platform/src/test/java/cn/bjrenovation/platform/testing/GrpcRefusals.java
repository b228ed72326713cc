package cn.bjrenovation.platform.testing;

import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;

/** Reads what a gRPC refusal says: the field violations an INVALID_ARGUMENT carries in its details. */
public final class GrpcRefusals {

	private GrpcRefusals() {
	}

	/** The field violations of the status's {@code google.rpc.BadRequest} details; empty when it has none. */
	public static List<BadRequest.FieldViolation> fieldViolations(StatusRuntimeException refusal) {
		List<BadRequest.FieldViolation> violations = new ArrayList<>();
		com.google.rpc.Status status = StatusProto.fromThrowable(refusal);
		if (status == null) {
			return violations;
		}
		for (Any detail : status.getDetailsList()) {
			if (detail.is(BadRequest.class)) {
				violations.addAll(unpack(detail).getFieldViolationsList());
			}
		}
		return violations;
	}

	private static BadRequest unpack(Any detail) {
		try {
			return detail.unpack(BadRequest.class);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new AssertionError("BadRequest details do not parse", ex);
		}
	}

}
