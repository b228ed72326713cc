package cn.bjrenovation.gateway;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens already verified (signature, issuer, audience, expiry), keyed by the exact token text,
 * until they expire: a console sends the same token with every call, and an RS256 check per call is the
 * gateway's largest cost after proxying. Any other text — a tampered or re-signed token — is verified afresh.
 */
class VerifiedTokens implements ReactiveJwtDecoder {

	static final int CAPACITY = 50_000;

	private final ReactiveJwtDecoder verifier;

	private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

	VerifiedTokens(ReactiveJwtDecoder verifier) {
		this.verifier = verifier;
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = verified.get(token);
		if (known != null && known.getExpiresAt() != null && known.getExpiresAt().isAfter(Instant.now())) {
			return Mono.just(known);
		}
		return verifier.decode(token).doOnNext(jwt -> remember(token, jwt));
	}

	private void remember(String token, Jwt jwt) {
		if (jwt.getExpiresAt() == null) {
			return;
		}
		if (verified.size() >= CAPACITY) {
			Instant now = Instant.now();
			verified.values().removeIf(cached -> !cached.getExpiresAt().isAfter(now));
			if (verified.size() >= CAPACITY) {
				verified.clear();
			}
		}
		verified.put(token, jwt);
	}

}
