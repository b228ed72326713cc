package cn.bjrenovation.gateway;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reads the bearer token of the {@code Authorization} header (RFC 6750 §2.1: {@code Bearer} then a b64token),
 * as Spring Security's converter does but without a regular expression per call. No header: no credentials
 * (the entry point answers 401); a malformed one: 401 {@code invalid_token}. Tokens in query parameters are
 * not accepted.
 */
class BearerTokens implements ServerAuthenticationConverter {

	private static final String SCHEME = "Bearer ";

	@Override
	public Mono<Authentication> convert(ServerWebExchange exchange) {
		String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			return Mono.empty();
		}
		String token = header.substring(SCHEME.length());
		if (!isB64Token(token)) {
			return Mono.error(new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed")));
		}
		return Mono.just(new BearerTokenAuthenticationToken(token));
	}

	/** {@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="} */
	static boolean isB64Token(String token) {
		int end = token.length();
		while (end > 0 && token.charAt(end - 1) == '=') {
			end--;
		}
		if (end == 0) {
			return false;
		}
		for (int i = 0; i < end; i++) {
			char c = token.charAt(i);
			boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

}
