package cn.bjrenovation.gateway;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Replaces WebFlux's default error page (timestamp, path, error, sometimes a trace) for anything no filter
 * answered: problem+json like every other answer of the gateway; a 5xx carries a reference to the logged failure,
 * never its text.
 */
@Order(-2)
class ErrorPages implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(failure);
		}
		HttpStatusCode status = failure instanceof ResponseStatusException refusal ? refusal.getStatusCode()
				: HttpStatus.INTERNAL_SERVER_ERROR;
		String type = switch (status.value()) {
			case 400 -> "invalid-input";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 413 -> "request-too-large";
			case 415 -> "unsupported-media-type";
			default -> status.is5xxServerError() ? "internal-error" : "status-" + status.value();
		};
		String detail;
		if (status.is5xxServerError()) {
			String reference = UUID.randomUUID().toString().replace("-", "");
			log.error("internal error {} on {} {}", reference, exchange.getRequest().getMethod(),
					exchange.getRequest().getPath(), failure);
			detail = "internal error; quote reference " + reference + " when reporting it";
		}
		else {
			detail = status.value() == 404 ? "nothing at " + exchange.getRequest().getPath().value()
					: "the request was refused";
		}
		exchange.getResponse().getHeaders().clearContentHeaders();
		return Refusals.problem(exchange, status, type, detail);
	}

}
