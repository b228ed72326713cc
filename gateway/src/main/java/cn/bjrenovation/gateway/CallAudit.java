package cn.bjrenovation.gateway;

import java.time.Instant;
import java.util.UUID;

import cn.bjrenovation.platform.audit.AuditRecorded;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.events.EventMetadata;
import cn.bjrenovation.platform.events.TraceContext;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Records every {@code /api/} call through the gateway, allowed or refused (401, 403, 429 ...), in the audit
 * trail: who (from the verified token, or "anonymous"), which operation, when, and the outcome. Runs outside
 * the security chain so it sees refusals too; {@link DutyEnforcement} leaves the caller and the decision in
 * the exchange's attributes.
 */
class CallAudit implements WebFilter, Ordered {

	/** The outermost filter: it sees every answer, refusals included. */
	static final int ORDER = -200;

	private final AuditPublisher publisher;

	CallAudit(AuditPublisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (!path.startsWith("/api/")) {
			return chain.filter(exchange);
		}
		Instant at = Instant.now();
		return chain.filter(exchange).doFinally(signal -> publisher.publish(record(exchange, path, at)));
	}

	private static AuditRecorded record(ServerWebExchange exchange, String path, Instant at) {
		Caller caller = exchange.getAttribute(CallGuard.CALLER);
		String operation = exchange.getAttributeOrDefault(CallGuard.OPERATION, exchange.getRequest().getMethod().name() + " " + path);
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		int code = status == null ? 200 : status.value();
		String refusal = exchange.getAttribute(CallGuard.REFUSAL);
		String outcome = (code < 400 ? "allowed " : "refused ") + code + (refusal == null ? "" : ": " + refusal);
		String traceparent = exchange.getRequest().getHeaders().getFirst("traceparent");
		EventMetadata metadata = new EventMetadata(UUID.randomUUID(), at,
				TraceContext.isValid(traceparent) ? traceparent : TraceContext.currentOrNew());
		return caller == null
				? new AuditRecorded(metadata, "gateway", "call", "anonymous", "", "", operation, path, outcome)
				: new AuditRecorded(metadata, "gateway", "call", caller.subject(), caller.role().name(),
						AuditTrail.scopeOf(caller), operation, path, outcome);
	}

}
