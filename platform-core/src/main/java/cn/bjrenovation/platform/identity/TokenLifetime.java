package cn.bjrenovation.platform.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a token of the suite may be used, checked the same way at the gateway and at every service port: it must
 * say when it expires ({@code exp}; a token without one would never expire), must not be used after that nor before
 * {@code nbf}, and must not claim to be issued in the future ({@code iat}) — each with {@link #CLOCK_SKEW} of
 * allowance for clocks that differ a little between the issuer and the suite.
 */
public final class TokenLifetime {

	public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

	private TokenLifetime() {
	}

	/**
	 * Why the token may not be used at {@code now}; empty when it may. Absent claims are null. An {@code iat} of
	 * exactly {@code exp} − 1 s is not checked: Spring Security fills an absent {@code iat} with that value, so it
	 * says nothing about when the token was issued.
	 */
	public static Optional<String> refusal(Instant expiresAt, Instant notBefore, Instant issuedAt, Instant now) {
		if (expiresAt == null) {
			return Optional.of("token has no exp (expiry) claim");
		}
		if (now.minus(CLOCK_SKEW).isAfter(expiresAt)) {
			return Optional.of("token expired at " + expiresAt);
		}
		if (notBefore != null && now.plus(CLOCK_SKEW).isBefore(notBefore)) {
			return Optional.of("token is not valid before " + notBefore);
		}
		if (issuedAt != null && !issuedAt.equals(expiresAt.minusSeconds(1)) && now.plus(CLOCK_SKEW).isBefore(issuedAt)) {
			return Optional.of("token claims to be issued in the future, at " + issuedAt);
		}
		return Optional.empty();
	}

}
