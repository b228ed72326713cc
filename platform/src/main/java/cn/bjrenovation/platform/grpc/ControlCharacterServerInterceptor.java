package cn.bjrenovation.platform.grpc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;
import cn.bjrenovation.platform.web.ControlCharacters;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusException;
import org.springframework.core.Ordered;

/**
 * Refuses a request message whose string fields (at any depth, repeated and map fields included) hold NUL or
 * another C0 control character (tab, CR and LF excepted): INVALID_ARGUMENT with a {@code google.rpc.BadRequest}
 * field violation per field, named by its proto path ({@code street_code}, {@code items[2].name}). Runs after the
 * token and duty checks.
 */
public class ControlCharacterServerInterceptor implements ServerInterceptor, Ordered {

	@Override
	public int getOrder() {
		return 10;
	}

	@Override
	public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call, Metadata headers,
			ServerCallHandler<ReqT, RespT> next) {
		ServerCall.Listener<ReqT> delegate = next.startCall(call, headers);
		return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(delegate) {

			private boolean refused;

			@Override
			public void onMessage(ReqT message) {
				if (refused) {
					return;
				}
				if (message instanceof Message proto) {
					List<FieldProblem> problems = new ArrayList<>();
					check(proto, "", problems);
					if (!problems.isEmpty()) {
						refused = true;
						StatusException invalid = InvalidArguments.of(new InvalidInputException(problems));
						Metadata trailers = invalid.getTrailers() == null ? new Metadata() : invalid.getTrailers();
						call.close(invalid.getStatus(), trailers);
						return;
					}
				}
				super.onMessage(message);
			}

			@Override
			public void onHalfClose() {
				if (!refused) {
					super.onHalfClose();
				}
			}

			@Override
			public void onReady() {
				if (!refused) {
					super.onReady();
				}
			}

		};
	}

	static void check(Message message, String prefix, List<FieldProblem> problems) {
		for (Map.Entry<FieldDescriptor, Object> entry : message.getAllFields().entrySet()) {
			FieldDescriptor field = entry.getKey();
			String name = prefix + field.getName();
			if (field.isRepeated()) {
				List<?> values = (List<?>) entry.getValue();
				for (int i = 0; i < values.size(); i++) {
					check(field, name + "[" + i + "]", values.get(i), problems);
				}
			}
			else {
				check(field, name, entry.getValue(), problems);
			}
		}
	}

	private static void check(FieldDescriptor field, String name, Object value, List<FieldProblem> problems) {
		if (field.getJavaType() == FieldDescriptor.JavaType.STRING && value instanceof String text
				&& ControlCharacters.firstIn(text) >= 0) {
			problems.add(new FieldProblem(name, ControlCharacters.reason(text)));
		}
		else if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && value instanceof Message nested) {
			check(nested, name + ".", problems);
		}
	}

}
