package cn.bjrenovation.platform.observability;

import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/** Between Micrometer's spans and the W3C {@code traceparent} the suite carries in headers and event envelopes. */
public final class Traceparents {

	private Traceparents() {
	}

	/** The current span's {@code traceparent}; null without tracing or outside a span. */
	public static String current(Tracer tracer) {
		Span span = tracer == null ? null : tracer.currentSpan();
		return span == null ? null : of(span.context());
	}

	static String of(TraceContext context) {
		return "00-" + context.traceId() + "-" + context.spanId() + "-" + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
	}

	/** A span continuing the trace of {@code traceparent}; a new trace when it is absent or malformed. */
	static Span.Builder childOf(Propagator propagator, String traceparent) {
		Map<String, String> carrier = cn.bjrenovation.platform.envelope.TraceContext.isValid(traceparent)
				? Map.of("traceparent", traceparent) : Map.of();
		return propagator.extract(carrier, Map::get);
	}

}
