package cn.bjrenovation.gateway;

import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The actuator paths open to probes without a token: {@code /actuator/health}, {@code /actuator/health/**},
 * {@code /actuator/info}. A plain prefix test: Spring Security's pattern matchers format a debug message per
 * pattern on every call, whatever the log level (commons-logging 1.3's SLF4J adapter).
 */
final class ProbePaths implements ServerWebExchangeMatcher {

	@Override
	public Mono<MatchResult> matches(ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		boolean probe = path.equals("/actuator/health") || path.startsWith("/actuator/health/")
				|| path.equals("/actuator/info");
		return probe ? MatchResult.match() : MatchResult.notMatch();
	}

}
