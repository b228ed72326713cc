package cn.bjrenovation.platform.grpc;

import cn.bjrenovation.platform.problems.Echo;
import cn.bjrenovation.platform.problems.InvalidInputException;
import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import io.grpc.StatusException;
import io.grpc.protobuf.StatusProto;

/**
 * Bad input on the gRPC side, told as REST tells it: INVALID_ARGUMENT whose details carry a
 * {@code google.rpc.BadRequest} with one field violation per broken rule (field and reason), so a department
 * system sees every problem at once, each next to its field.
 */
final class InvalidArguments {

	private InvalidArguments() {
	}

	static StatusException of(InvalidInputException invalid) {
		BadRequest.Builder details = BadRequest.newBuilder();
		invalid.problems()
			.forEach(problem -> details.addFieldViolations(BadRequest.FieldViolation.newBuilder()
				.setField(problem.field())
				.setDescription(problem.reason())));
		return StatusProto.toStatusException(com.google.rpc.Status.newBuilder()
			.setCode(Code.INVALID_ARGUMENT_VALUE)
			.setMessage(Echo.cut(invalid.getMessage(), 1000))
			.addDetails(Any.pack(details.build()))
			.build());
	}

}
