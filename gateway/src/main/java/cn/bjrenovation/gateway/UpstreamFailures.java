package cn.bjrenovation.gateway;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * What goes wrong behind the gateway, answered as problem+json naming the service instead of a generic error
 * page: 503 when the service cannot be reached, 504 when it does not answer within
 * {@code GATEWAY_RESPONSE_TIMEOUT}, 502 when the connection breaks mid-answer, and the status of any other
 * refusal raised on the way (404 for a path no route serves). Inside {@link CallAudit}, so the trail records
 * the status the caller got.
 */
class UpstreamFailures implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(UpstreamFailures.class);

	/** Between {@link CallGuard} and the routes. */
	@Override
	public int getOrder() {
		return CallAudit.ORDER + 2;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		// the firewall's lazy header checks may refuse the request on the way: that is CallGuard's 400 to write
		return chain.filter(exchange)
			.onErrorResume(failure -> exchange.getResponse().isCommitted() || failure instanceof ServerExchangeRejectedException
					? Mono.error(failure) : answer(exchange, failure));
	}

	private static Mono<Void> answer(ServerWebExchange exchange, Throwable failure) {
		String service = service(exchange);
		if (failure instanceof ResponseStatusException refusal) {
			HttpStatusCode status = refusal.getStatusCode();
			String detail = switch (status.value()) {
				case 504 -> service + " did not answer in time";
				case 404 -> "nothing at " + exchange.getRequest().getPath().value();
				default -> status.is5xxServerError() ? "the gateway could not answer this request" : "the request was refused";
			};
			return Refusals.problem(exchange, status, problemType(status), detail);
		}
		if (failure instanceof ConnectException || failure instanceof ConnectTimeoutException) {
			return Refusals.problem(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
					service + " cannot be reached; try again shortly");
		}
		if (failure instanceof TimeoutException) {
			return Refusals.problem(exchange, HttpStatus.GATEWAY_TIMEOUT, "service-timeout",
					service + " did not answer in time");
		}
		log.warn("{} {} failed behind the gateway ({})", exchange.getRequest().getMethod(),
				exchange.getRequest().getPath(), service, failure);
		return Refusals.problem(exchange, HttpStatus.BAD_GATEWAY, "bad-gateway", service + " broke off its answer");
	}

	private static String problemType(HttpStatusCode status) {
		return switch (status.value()) {
			case 504 -> "service-timeout";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 415 -> "unsupported-media-type";
			default -> "status-" + status.value();
		};
	}

	/** The route's id names the service ({@code housing}, {@code finance}, ...). */
	private static String service(ServerWebExchange exchange) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		return route == null ? "the service" : route.getId() + "-service";
	}

}
