package cn.bjrenovation.gateway;

import cn.bjrenovation.platform.envelope.TraceContext;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every call a W3C trace context: the caller's {@code traceparent} when it sends a valid one, a new one
 * otherwise, forwarded to the service. The gateway's audit record of the call, the service's records of the
 * changes it made and the events they raised then carry the same trace on {@code audit.records} and every
 * topic.
 */
class CallTrace implements WebFilter, Ordered {

	static final String HEADER = "traceparent";

	/** The call's {@code traceparent}, for {@link CallAudit}. */
	static final String TRACEPARENT = "cn.bjrenovation.gateway.traceparent";

	/** The outermost filter: the audit record needs the trace. */
	@Override
	public int getOrder() {
		return CallAudit.ORDER - 1;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String sent = exchange.getRequest().getHeaders().getFirst(HEADER);
		if (TraceContext.isValid(sent)) {
			exchange.getAttributes().put(TRACEPARENT, sent);
			return chain.filter(exchange);
		}
		String begun = TraceContext.currentOrNew();
		ServerWebExchange traced = exchange.mutate()
			.request(request -> request.headers(headers -> headers.set(HEADER, begun)))
			.build();
		traced.getAttributes().put(TRACEPARENT, begun);
		return chain.filter(traced);
	}

}
