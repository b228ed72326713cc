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

	/** The b64token characters, indexed by ASCII code: a token is hundreds of characters long. */
	private static final boolean[] B64TOKEN = new boolean[128];

	static {
		for (char c = 'a'; c <= 'z'; c++) {
			B64TOKEN[c] = true;
			B64TOKEN[Character.toUpperCase(c)] = true;
		}
		for (char c = '0'; c <= '9'; c++) {
			B64TOKEN[c] = true;
		}
		for (char c : "-._~+/".toCharArray()) {
			B64TOKEN[c] = true;
		}
	}

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
			if (c >= B64TOKEN.length || !B64TOKEN[c]) {
				return false;
			}
		}
		return true;
	}

}
