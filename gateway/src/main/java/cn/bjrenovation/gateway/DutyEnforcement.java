package cn.bjrenovation.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.InvalidCallerException;
import cn.bjrenovation.platform.policy.Decision;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Operation;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Role × operation from the duty policy, for every {@code /api/**} call that carries a verified token:
 * an operation not in the policy, or a role without the duty, is answered 403 problem+json naming the
 * operation and the duty, and never reaches a service. Object scope is the services' to check.
 */
class DutyEnforcement implements WebFilter {

	private final DutyPolicy policy;

	DutyEnforcement(DutyPolicy policy) {
		this.policy = policy;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (!path.startsWith("/api/")) {
			return chain.filter(exchange);
		}
		String method = exchange.getRequest().getMethod().name();
		return ReactiveSecurityContextHolder.getContext()
			.map(context -> context.getAuthentication())
			.ofType(JwtAuthenticationToken.class)
			.map(token -> decide(exchange, token, method, path))
			.defaultIfEmpty(new Decision.Refused(method + " " + path, "no verified caller"))
			.flatMap(decision -> {
				if (decision instanceof Decision.Refused refused) {
					exchange.getAttributes().put(CallAudit.REFUSAL, refused.reason());
					return refuse(exchange.getResponse(), refused);
				}
				return chain.filter(exchange);
			});
	}

	private Decision decide(ServerWebExchange exchange, JwtAuthenticationToken token, String method, String path) {
		try {
			Caller caller = Caller.fromClaims(token.getToken().getSubject(), token.getToken().getClaims());
			exchange.getAttributes().put(CallAudit.CALLER, caller);
			Optional<Operation> operation = policy.forRequest(method, path);
			operation.ifPresent(found -> exchange.getAttributes().put(CallAudit.OPERATION, found.id()));
			return policy.decide(caller, operation, method + " " + path);
		}
		catch (InvalidCallerException ex) {
			return new Decision.Refused(method + " " + path, ex.getMessage());
		}
	}

	private static Mono<Void> refuse(ServerHttpResponse response, Decision.Refused refused) {
		response.setStatusCode(HttpStatus.FORBIDDEN);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		String body = """
				{"type":"https://bjrenovation.cn/problems/duty-refused","title":"Forbidden","status":403,\
				"detail":%s,"operation":%s}""".formatted(json(refused.reason()), json(refused.operationId()));
		DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
		return response.writeWith(Mono.just(buffer));
	}

	private static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
