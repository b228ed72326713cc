package cn.bjrenovation.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-caller rate limit (token bucket keyed by the token's subject): a caller may burst up to
 * {@code burst} calls and then {@code perSecond} a second; beyond that {@link CallGuard} answers 429 with
 * {@code Retry-After}. Held in this gateway instance's memory: the limit of calls without a token per client address,
 * and the per-caller limit while Redis is out of reach ({@link SharedCallerRateLimit}).
 */
class CallerRateLimit {

	/** Above this many callers in memory, those that have rested long enough to be full again are forgotten. */
	static final int MAX_TRACKED_CALLERS = 10_000;

	private final double perSecond;

	private final double burst;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	CallerRateLimit(double perSecond, double burst) {
		this.perSecond = perSecond;
		this.burst = burst;
	}

	/** Tokens left and when they were last counted; refilled lazily on each call. */
	private static final class Bucket {

		private double tokens;

		private long countedAt;

		Bucket(double tokens, long now) {
			this.tokens = tokens;
			this.countedAt = now;
		}

	}

	/** Takes one token for the caller; answers how long to wait when none is left (zero when allowed). */
	Duration take(String caller, long now) {
		if (buckets.size() > MAX_TRACKED_CALLERS) {
			forgetRestedCallers(now);
		}
		Bucket bucket = buckets.computeIfAbsent(caller, key -> new Bucket(burst, now));
		synchronized (bucket) {
			bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.countedAt) / 1e9 * perSecond);
			bucket.countedAt = now;
			if (bucket.tokens >= 1) {
				bucket.tokens -= 1;
				return Duration.ZERO;
			}
			return Duration.ofNanos((long) ((1 - bucket.tokens) / perSecond * 1e9));
		}
	}

	int trackedCallers() {
		return buckets.size();
	}

	/** A caller whose bucket has refilled completely is no different from one never seen: drop it. */
	private void forgetRestedCallers(long now) {
		long refillNanos = (long) (burst / perSecond * 1e9);
		buckets.values().removeIf(bucket -> {
			synchronized (bucket) {
				return now - bucket.countedAt >= refillNanos;
			}
		});
	}

}
