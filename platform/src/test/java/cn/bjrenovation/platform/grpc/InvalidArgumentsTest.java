package cn.bjrenovation.platform.grpc;

import java.util.List;
import java.util.stream.IntStream;

import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;
import com.google.rpc.BadRequest;
import io.grpc.Metadata;
import io.grpc.StatusException;
import io.grpc.protobuf.StatusProto;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidArgumentsTest {

	/** What a client accepts as trailers by default (grpc-java's maxInboundMetadataSize). */
	private static final int CLIENT_LIMIT = 8192;

	@Test
	void everyProblemIsAViolationNamingItsField() throws Exception {
		StatusException status = InvalidArguments.of(new InvalidInputException(
				List.of(new FieldProblem("district_code", "must be 6 digits"), new FieldProblem("year", "must be a year"))));

		BadRequest details = StatusProto.fromThrowable(status).getDetails(0).unpack(BadRequest.class);
		assertThat(details.getFieldViolationsList()).extracting(BadRequest.FieldViolation::getField)
			.containsExactly("district_code", "year");
	}

	/** Found by the gRPC fuzz: long Chinese values in several fields made trailers a client refused ("http2 exception"). */
	@Test
	void manyLongChineseProblemsStillFitWhatAClientAccepts() throws Exception {
		List<FieldProblem> problems = IntStream.range(0, 40)
			.mapToObj(i -> new FieldProblem("field_" + i, "'" + "名".repeat(5_000) + "' is not a code"))
			.toList();

		StatusException status = InvalidArguments.of(new InvalidInputException(problems));

		Metadata trailers = StatusProto.fromThrowable(status) == null ? null : status.getTrailers();
		int size = status.getStatus().getDescription().getBytes(java.nio.charset.StandardCharsets.UTF_8).length * 3;
		for (String key : trailers.keys()) {
			size += key.length() + (key.endsWith("-bin")
					? trailers.get(Metadata.Key.of(key, Metadata.BINARY_BYTE_MARSHALLER)).length * 4 / 3 + 4
					: trailers.get(Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER)).length());
		}
		assertThat(size).isLessThan(CLIENT_LIMIT - 1024);
		BadRequest details = StatusProto.fromThrowable(status).getDetails(0).unpack(BadRequest.class);
		assertThat(details.getFieldViolations(0).getField()).isEqualTo("field_0");
		assertThat(details.getFieldViolationsList().get(details.getFieldViolationsCount() - 1).getDescription())
			.contains("more problems");
	}

}
