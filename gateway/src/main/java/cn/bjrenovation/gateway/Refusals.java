package cn.bjrenovation.gateway;

import java.time.Duration;

import cn.bjrenovation.platform.policy.Decision;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own answers, as RFC 9457 problem+json — its refusals: 400 (the firewall), 401 with an RFC 6750
 * {@code WWW-Authenticate} challenge, 403 naming the operation and the duty, 429 with {@code Retry-After},
 * 503 when the token issuer cannot be reached — and what goes wrong behind it ({@link UpstreamFailures}).
 */
final class Refusals {

	private static final Logger log = LoggerFactory.getLogger(Refusals.class);

	private static final String PROBLEMS = "https://bjrenovation.cn/problems/";

	private Refusals() {
	}

	/** What browsers should do with any answer of the gateway; a service's own answers carry their own. */
	static void addSecurityHeaders(ServerHttpResponse response) {
		response.beforeCommit(() -> {
			HttpHeaders headers = response.getHeaders();
			if (!headers.containsHeader("X-Content-Type-Options")) {
				headers.set("X-Content-Type-Options", "nosniff");
				headers.set("X-Frame-Options", "DENY");
				headers.set(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
			}
			return Mono.empty();
		});
	}

	static Mono<Void> rejected(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
		return answer(exchange, HttpStatus.BAD_REQUEST, "request-rejected", rejected.getMessage(), null);
	}

	/** No token at all: the challenge names the scheme only (RFC 6750 §3.1). */
	static Mono<Void> unauthenticated(ServerWebExchange exchange) {
		exchange.getAttributes().put(CallGuard.REFUSAL, "no bearer token");
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return answer(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "a bearer token is required", null);
	}

	/** A token that is malformed, forged, expired or meant for someone else. */
	static Mono<Void> unauthorized(ServerWebExchange exchange, String why) {
		exchange.getAttributes().put(CallGuard.REFUSAL, "invalid token: " + why);
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
				"Bearer error=\"invalid_token\", error_description=\"" + quoted(why) + "\"");
		return answer(exchange, HttpStatus.UNAUTHORIZED, "invalid-token", why, null);
	}

	static Mono<Void> forbidden(ServerWebExchange exchange, Decision.Refused refused) {
		return answer(exchange, HttpStatus.FORBIDDEN, "duty-refused", refused.reason(), refused.operationId());
	}

	static Mono<Void> tooManyCalls(ServerWebExchange exchange, Duration wait) {
		long seconds = Math.max(1, (long) Math.ceil(wait.toMillis() / 1000.0));
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		return answer(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
				"too many calls from this caller; retry after " + seconds + " s", null);
	}

	/** A body above the route's limit, declared or counted as it streamed in. */
	static Mono<Void> tooLarge(ServerWebExchange exchange, DataSize limit) {
		exchange.getAttributes().put(CallGuard.REFUSAL, "request body above " + limit.toKilobytes() + " KB");
		return answer(exchange, HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
				"the request body is larger than the " + limit.toKilobytes() + " KB this service accepts", null);
	}

	static Mono<Void> uriTooLong(ServerWebExchange exchange, int limit) {
		exchange.getAttributes().put(CallGuard.REFUSAL, "request target above " + limit + " bytes");
		return answer(exchange, HttpStatus.URI_TOO_LONG, "uri-too-long",
				"the path and query are longer than the " + limit + " bytes the suite accepts", null);
	}

	/** The token could not be checked at all — the issuer's keys are out of reach — which is not the caller's fault. */
	static Mono<Void> issuerUnavailable(ServerWebExchange exchange, Exception cause) {
		log.warn("token not verifiable: {}", cause.getMessage());
		exchange.getAttributes().put(CallGuard.REFUSAL, "token issuer unavailable");
		return answer(exchange, HttpStatus.SERVICE_UNAVAILABLE, "issuer-unavailable",
				"the token issuer cannot be reached to verify the token; try again shortly", null);
	}

	/** Any other answer of the gateway's own, as problem+json. */
	static Mono<Void> problem(ServerWebExchange exchange, HttpStatusCode status, String type, String detail) {
		return answer(exchange, status, type, detail, null);
	}

	private static Mono<Void> answer(ServerWebExchange exchange, HttpStatusCode status, String type, String detail,
			String operation) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = JsonMapper.shared()
			.writeValueAsBytes(new Problem(PROBLEMS + type, title(type, status), status.value(), detail, operation));
		Mono<Void> answer = response.writeWith(Mono.defer(() -> Mono.just(response.bufferFactory().wrap(body))));
		return carriesBody(exchange.getRequest().getHeaders()) ? drained(exchange).then(answer) : answer;
	}

	/**
	 * Reads what is left of a refused request's body before the answer goes out, so the caller is not cut off while
	 * still sending and nothing of the body is taken for the next request on the connection. A body already read in
	 * part (cut off by {@link BodyLimitGatewayFilterFactory}) cannot be read again: that connection is closed instead.
	 */
	private static Mono<Void> drained(ServerWebExchange exchange) {
		return exchange.getRequest().getBody().doOnNext(DataBufferUtils::release).onErrorResume(unreadable -> {
			exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
			return Flux.empty();
		}).then();
	}

	private static boolean carriesBody(HttpHeaders request) {
		return request.getContentLength() > 0 || request.containsHeader(HttpHeaders.TRANSFER_ENCODING);
	}

	/**
	 * English, then Chinese, separated by {@code " / "} — the suite's convention (README, "Errors"), the same table
	 * as the services' {@code ProblemKinds}.
	 */
	static String title(String type, HttpStatusCode status) {
		return switch (type) {
			case "request-rejected", "invalid-input" -> "Invalid request / 请求无效";
			case "unauthenticated" -> "Authentication required / 需要身份认证";
			case "invalid-token" -> "Invalid token / 令牌无效";
			case "duty-refused" -> "Not within the caller's duties / 不属于调用方职责";
			case "rate-limited" -> "Too many calls / 调用过于频繁";
			case "request-too-large" -> "Request too large / 请求过大";
			case "uri-too-long" -> "Request target too long / 请求地址过长";
			case "issuer-unavailable" -> "Token issuer unavailable / 令牌签发方暂不可用";
			case "not-found" -> "Not found / 未找到";
			case "method-not-allowed" -> "Method not allowed / 不支持该请求方法";
			case "unsupported-media-type" -> "Unsupported media type / 不支持的媒体类型";
			case "not-acceptable" -> "Not acceptable / 无法提供所要求的格式";
			case "service-unavailable" -> "Service unavailable / 服务暂不可用";
			case "service-timeout" -> "Service timed out / 服务响应超时";
			case "bad-gateway" -> "Bad gateway / 服务应答中断";
			case "internal-error" -> "Internal error / 内部错误";
			default -> status.is5xxServerError() ? "Server error / 服务器错误" : "Request refused / 请求被拒绝";
		};
	}

	/** RFC 9457 members, plus the operation refused when there is one. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Problem(String type, String title, int status, String detail, String operation) {
	}

	/** A quoted-string of RFC 9110 may hold neither a bare quote nor a backslash nor control characters. */
	private static String quoted(String text) {
		return text.replaceAll("[\"\\\\\\p{Cntrl}]", " ");
	}

}
