package cn.bjrenovation.platform.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Tokens already verified (signature, issuer, audience, lifetime), keyed by the exact token text, remembered until
 * they expire: a caller sends the same token with every call, and an RS256 check per call is the largest cost of a
 * guarded call after the work itself. Any other text — a tampered or re-signed token — is not found here and is
 * verified afresh; a token without an expiry is never remembered. The gateway (reactive) and every service port
 * (servlet and gRPC) put their own decoder in front of one of these.
 *
 * <p>Bounded: when {@link #CAPACITY} tokens are held, the expired ones are dropped, and if none are, all of them (the
 * next call of each caller pays one verification again).
 *
 * @param <T> the verified token as the framework holds it
 */
public final class VerifiedTokenCache<T> {

	public static final int CAPACITY = 50_000;

	private final Map<String, T> verified = new ConcurrentHashMap<>();

	private final Function<T, Instant> expiry;

	private final Clock clock;

	private final int capacity;

	public VerifiedTokenCache(Function<T, Instant> expiry, Clock clock) {
		this(expiry, clock, CAPACITY);
	}

	VerifiedTokenCache(Function<T, Instant> expiry, Clock clock, int capacity) {
		this.expiry = expiry;
		this.clock = clock;
		this.capacity = capacity;
	}

	/** The token as verified before, if it was and has not expired since. */
	public Optional<T> find(String token) {
		T known = verified.get(token);
		return known != null && clock.instant().isBefore(expiry.apply(known)) ? Optional.of(known) : Optional.empty();
	}

	/** Remembers a token the decoder has just verified; returns it. */
	public T remember(String token, T verifiedToken) {
		if (expiry.apply(verifiedToken) == null) {
			return verifiedToken;
		}
		if (verified.size() >= capacity) {
			Instant now = clock.instant();
			verified.values().removeIf(held -> !now.isBefore(expiry.apply(held)));
			if (verified.size() >= capacity) {
				verified.clear();
			}
		}
		verified.put(token, verifiedToken);
		return verifiedToken;
	}

	int size() {
		return verified.size();
	}

}
