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

	/**
	 * Status message and details travel as trailers, which a client accepts up to 8 KiB (grpc-java's default): the
	 * message is kept within {@value #MESSAGE_BYTES} bytes of UTF-8 (percent-encoded, up to three times that) and the
	 * details within {@value #DETAILS_BYTES} (base64, four thirds of that); violations past that are counted in one
	 * last violation rather than sent.
	 */
	static final int MESSAGE_BYTES = 600;

	static final int DETAILS_BYTES = 3000;

	static StatusException of(InvalidInputException invalid) {
		BadRequest.Builder details = BadRequest.newBuilder();
		int left = invalid.problems().size();
		for (var problem : invalid.problems()) {
			BadRequest.FieldViolation violation = BadRequest.FieldViolation.newBuilder()
				.setField(Echo.cutUtf8(problem.field(), 100))
				.setDescription(Echo.cutUtf8(problem.reason(), 600))
				.build();
			if (details.build().getSerializedSize() + violation.getSerializedSize() > DETAILS_BYTES - 100) {
				details.addFieldViolations(BadRequest.FieldViolation.newBuilder()
					.setField("…")
					.setDescription(left + " more problems, not listed: correct the ones above and send again"));
				break;
			}
			details.addFieldViolations(violation);
			left--;
		}
		return StatusProto.toStatusException(com.google.rpc.Status.newBuilder()
			.setCode(Code.INVALID_ARGUMENT_VALUE)
			.setMessage(Echo.cutUtf8(invalid.getMessage(), MESSAGE_BYTES))
			.addDetails(Any.pack(details.build()))
			.build());
	}

}
