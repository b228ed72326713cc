package cn.bjrenovation.platform.grpc;

import java.util.function.Supplier;

import cn.bjrenovation.platform.envelope.TraceContext;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import org.springframework.core.Ordered;

/**
 * The gRPC counterpart of {@code TraceContextFilter}: the call's W3C {@code traceparent} is the
 * {@link TraceContext} of everything the service does for it, so the records it writes and the events it raises
 * continue the caller's trace. That is the span of the call (Micrometer's gRPC server observation, which runs just
 * outside this interceptor and continues the caller's trace from its metadata) when tracing is on, the caller's
 * {@code traceparent} metadata (or a new trace) otherwise.
 */
public class TraceContextServerInterceptor implements ServerInterceptor, Ordered {

	static final Metadata.Key<String> TRACEPARENT = Metadata.Key.of("traceparent", Metadata.ASCII_STRING_MARSHALLER);

	private final Supplier<String> currentSpan;

	/** @param currentSpan the current span's {@code traceparent}, or null when there is none */
	public TraceContextServerInterceptor(Supplier<String> currentSpan) {
		this.currentSpan = currentSpan;
	}

	/** Inside spring-grpc's observation interceptor (order 0), whose span is current while it calls inwards. */
	@Override
	public int getOrder() {
		return 5;
	}

	@Override
	public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call, Metadata headers,
			ServerCallHandler<ReqT, RespT> next) {
		String span = currentSpan.get();
		String traceparent;
		ServerCall.Listener<ReqT> delegate;
		try (TraceContext.Entered entered = TraceContext.enter(span != null ? span : headers.get(TRACEPARENT))) {
			// one trace for the whole call, whichever thread runs each of its steps
			traceparent = TraceContext.currentOrNew();
			delegate = next.startCall(call, headers);
		}
		return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(delegate) {

			@Override
			public void onMessage(ReqT message) {
				try (TraceContext.Entered entered = TraceContext.enter(traceparent)) {
					super.onMessage(message);
				}
			}

			@Override
			public void onHalfClose() {
				try (TraceContext.Entered entered = TraceContext.enter(traceparent)) {
					super.onHalfClose();
				}
			}

			@Override
			public void onCancel() {
				try (TraceContext.Entered entered = TraceContext.enter(traceparent)) {
					super.onCancel();
				}
			}

			@Override
			public void onComplete() {
				try (TraceContext.Entered entered = TraceContext.enter(traceparent)) {
					super.onComplete();
				}
			}

			@Override
			public void onReady() {
				try (TraceContext.Entered entered = TraceContext.enter(traceparent)) {
					super.onReady();
				}
			}

		};
	}

}
