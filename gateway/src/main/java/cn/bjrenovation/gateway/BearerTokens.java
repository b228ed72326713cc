package cn.bjrenovation.gateway;

/**
 * Reads the bearer token of the {@code Authorization} header (RFC 6750 §2.1: {@code Bearer} then a b64token),
 * as Spring Security's converter does but without a regular expression per call. No header: no credentials
 * (401); a malformed one: 401 {@code invalid_token}. Tokens in query parameters are
 * not accepted.
 */
final class BearerTokens {

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

	private BearerTokens() {
	}

	/**
	 * The bearer token of an {@code Authorization} header value, or null when the header carries none.
	 * @throws MalformedTokenException when the header says {@code Bearer} but what follows is no b64token
	 */
	static String tokenOf(String header) {
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			return null;
		}
		String token = header.substring(SCHEME.length());
		if (!isB64Token(token)) {
			throw new MalformedTokenException();
		}
		return token;
	}

	/** A {@code Bearer} header whose token is not a b64token (RFC 6750 §2.1). */
	static final class MalformedTokenException extends RuntimeException {

		MalformedTokenException() {
			super("Bearer token is malformed", null, false, false);
		}

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
