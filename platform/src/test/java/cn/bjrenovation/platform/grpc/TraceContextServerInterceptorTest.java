package cn.bjrenovation.platform.grpc;

import java.util.ArrayList;
import java.util.List;

import cn.bjrenovation.platform.envelope.TraceContext;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TraceContextServerInterceptorTest {

	private static final String SPAN = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

	private static final String CALLER = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	/** What the service method sees as the trace, at the start of the call and when it runs (half close). */
	private final List<String> seen = new ArrayList<>();

	@Test
	void theCallsSpanIsTheTraceOfWhatTheServiceDoes() {
		ServerCall.Listener<Object> listener = intercept(() -> SPAN, CALLER);
		listener.onMessage("request");
		listener.onHalfClose();

		assertThat(seen).containsOnly(SPAN).hasSize(3);
		assertThat(TraceContext.currentOrNew()).as("nothing left on the thread").isNotEqualTo(SPAN);
	}

	@Test
	void withoutTracingTheCallersTraceparentIsCarried() {
		ServerCall.Listener<Object> listener = intercept(() -> null, CALLER);
		listener.onHalfClose();

		assertThat(seen).containsOnly(CALLER);
	}

	@Test
	void withNeitherOneNewTraceHoldsForTheWholeCall() {
		ServerCall.Listener<Object> listener = intercept(() -> null, "not a traceparent");
		listener.onMessage("request");
		listener.onHalfClose();

		assertThat(seen).hasSize(3).allSatisfy(trace -> assertThat(TraceContext.isValid(trace)).isTrue());
		assertThat(seen).containsOnly(seen.get(0));
	}

	private ServerCall.Listener<Object> intercept(java.util.function.Supplier<String> currentSpan, String traceparent) {
		Metadata headers = new Metadata();
		headers.put(TraceContextServerInterceptor.TRACEPARENT, traceparent);
		ServerCallHandler<Object, Object> service = (call, metadata) -> {
			seen.add(TraceContext.currentOrNew());
			return new ServerCall.Listener<>() {

				@Override
				public void onMessage(Object message) {
					seen.add(TraceContext.currentOrNew());
				}

				@Override
				public void onHalfClose() {
					seen.add(TraceContext.currentOrNew());
				}

			};
		};
		return new TraceContextServerInterceptor(currentSpan).interceptCall(null, headers, service);
	}

}
