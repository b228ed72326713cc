package cn.bjrenovation.gateway;

import java.util.Map;

import cn.bjrenovation.platform.envelope.TraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.http.HttpStatusCode;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every call a W3C trace context: the caller's {@code traceparent} when it sends a valid one, a new one
 * otherwise, forwarded to the service. The gateway's audit record of the call, the service's records of the
 * changes it made and the events they raised then carry the same trace on {@code audit.records} and every
 * topic. Where spans are exported ({@code management.opentelemetry.tracing.export.otlp.endpoint}), the gateway's own
 * span of the call is the one forwarded: same trace, the gateway as parent of the service's span.
 */
class CallTrace implements WebFilter, Ordered {

	static final String HEADER = "traceparent";

	/** The call's {@code traceparent}, for {@link CallAudit}. */
	static final String TRACEPARENT = "cn.bjrenovation.gateway.traceparent";

	private final Tracer tracer;

	private final Propagator propagator;

	/** Without spans of its own: the trace context is carried, not recorded. */
	CallTrace() {
		this(null, null);
	}

	CallTrace(Tracer tracer, Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/** The outermost filter: the audit record needs the trace. */
	@Override
	public int getOrder() {
		return CallAudit.ORDER - 1;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String sent = exchange.getRequest().getHeaders().getFirst(HEADER);
		if (tracer != null && propagator != null) {
			return traced(exchange, chain, sent);
		}
		if (TraceContext.isValid(sent)) {
			exchange.getAttributes().put(TRACEPARENT, sent);
			return chain.filter(exchange);
		}
		return forward(exchange, chain, TraceContext.currentOrNew());
	}

	private Mono<Void> traced(ServerWebExchange exchange, WebFilterChain chain, String sent) {
		Map<String, String> carrier = TraceContext.isValid(sent) ? Map.of(HEADER, sent) : Map.of();
		Span span = propagator.extract(carrier, Map::get)
			.name("gateway " + exchange.getRequest().getMethod().name())
			.kind(Span.Kind.SERVER)
			.tag("url.path", exchange.getRequest().getPath().value())
			.start();
		io.micrometer.tracing.TraceContext context = span.context();
		String own = "00-" + context.traceId() + "-" + context.spanId() + "-"
				+ (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
		return forward(exchange, chain, own).doFinally(signal -> {
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			if (status != null) {
				span.tag("http.response.status_code", String.valueOf(status.value()));
			}
			span.end();
		});
	}

	private static Mono<Void> forward(ServerWebExchange exchange, WebFilterChain chain, String traceparent) {
		ServerWebExchange traced = exchange.mutate()
			.request(request -> request.headers(headers -> headers.set(HEADER, traceparent)))
			.build();
		traced.getAttributes().put(TRACEPARENT, traceparent);
		return chain.filter(traced);
	}

}
