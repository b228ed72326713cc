package cn.bjrenovation.gateway;

import java.time.Instant;
import java.util.UUID;

import cn.bjrenovation.platform.envelope.AuditRecorded;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.envelope.TraceContext;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

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
		return chain.filter(exchange).doFinally(signal -> {
			if (isRecorded(exchange)) {
				publisher.publish(record(exchange, path, at, signal));
			}
		});
	}

	/** Every call is recorded but those {@link CallGuard} refused as part of a flood without a valid token. */
	static boolean isRecorded(ServerWebExchange exchange) {
		return !Boolean.TRUE.equals(exchange.getAttribute(CallGuard.UNRECORDED));
	}

	private static AuditRecorded record(ServerWebExchange exchange, String path, Instant at, SignalType end) {
		Caller caller = exchange.getAttribute(CallGuard.CALLER);
		String operation = exchange.getAttributeOrDefault(CallGuard.OPERATION, exchange.getRequest().getMethod().name() + " " + path);
		String outcome = outcome(exchange.getResponse().getStatusCode(), exchange.getAttribute(CallGuard.REFUSAL), end);
		String traceparent = exchange.getAttribute(CallTrace.TRACEPARENT);
		EventMetadata metadata = new EventMetadata(UUID.randomUUID(), at,
				traceparent != null ? traceparent : TraceContext.currentOrNew());
		return caller == null
				? new AuditRecorded(metadata, "gateway", "call", "anonymous", "", "", operation, path, outcome)
				: new AuditRecorded(metadata, "gateway", "call", caller.subject(), caller.role().name(),
						caller.scopeTerm(), operation, path, outcome);
	}

	/** "allowed 200", "refused 403: …", "failed 504", or "cancelled by the caller" before any answer. */
	static String outcome(HttpStatusCode status, String refusal, SignalType end) {
		if (status == null && end == SignalType.CANCEL) {
			return "cancelled by the caller";
		}
		int code = status != null ? status.value() : end == SignalType.ON_ERROR ? 500 : 200;
		String verdict = refusal != null || (code >= 400 && code < 500) ? "refused " : code >= 500 ? "failed " : "allowed ";
		return verdict + code + (refusal == null ? "" : ": " + refusal);
	}

}
