package cn.bjrenovation.gateway;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * The per-caller rate limit of every gateway replica at once: one token bucket per caller in Redis, taken by Spring
 * Cloud Gateway's own {@code request_rate_limiter.lua} (atomic, on Redis' clock), so two replicas give a caller one
 * allowance, not two.
 *
 * <p>When Redis does not answer within its timeout, each replica falls back to its own {@link CallerRateLimit} —
 * calls are still limited, per instance — and says so once in a warning; Redis is tried again after
 * {@code retryAfter}. Spring Cloud Gateway's {@code RedisRateLimiter} is not used as it stands because on a Redis
 * error it lets every call through and logs at debug level only.
 */
class SharedCallerRateLimit {

	private static final Logger log = LoggerFactory.getLogger(SharedCallerRateLimit.class);

	private final ReactiveStringRedisTemplate redis;

	private final RedisScript<List<Long>> script;

	private final String keyPrefix;

	private final double perSecond;

	private final double burst;

	private final CallerRateLimit perInstance;

	private final Duration timeout;

	private final long retryAfterNanos;

	private volatile long sharedAgainAt;

	private final AtomicBoolean degraded = new AtomicBoolean();

	/**
	 * @param redis the shared store, or null to limit per instance only
	 * @param timeout how long a call waits for Redis before this instance's own limit decides
	 * @param retryAfter how long Redis is left alone after it failed
	 */
	SharedCallerRateLimit(ReactiveStringRedisTemplate redis, RedisScript<List<Long>> script, String keyPrefix,
			double perSecond, double burst, Duration timeout, Duration retryAfter) {
		this.redis = redis;
		this.script = script;
		this.keyPrefix = keyPrefix;
		this.perSecond = perSecond;
		this.burst = burst;
		this.perInstance = new CallerRateLimit(perSecond, burst);
		this.timeout = timeout;
		this.retryAfterNanos = retryAfter.toNanos();
	}

	/** Limits per instance only: no Redis configured. */
	static SharedCallerRateLimit perInstance(double perSecond, double burst) {
		return new SharedCallerRateLimit(null, null, "", perSecond, burst, Duration.ZERO, Duration.ZERO);
	}

	/** Takes one call from the caller's allowance; answers how long to wait when none is left (zero when allowed). */
	Mono<Duration> take(String caller) {
		if (redis == null || System.nanoTime() - sharedAgainAt < 0) {
			return Mono.just(perInstance.take(caller, System.nanoTime()));
		}
		// braces: both keys of a caller hash to one slot on a Redis cluster
		String key = keyPrefix + ".{" + caller + "}";
		return redis.execute(script, List.of(key + ".tokens", key + ".timestamp"),
					List.of(Double.toString(perSecond), Double.toString(burst), "", "1"))
			.next()
			.timeout(timeout)
			.map(this::answer)
			.onErrorResume(failure -> Mono.just(fallBack(caller, failure)));
	}

	/** Whether calls are limited per instance at the moment because Redis failed. */
	boolean degraded() {
		return degraded.get();
	}

	private Duration answer(List<Long> result) {
		if (degraded.compareAndSet(true, false)) {
			log.info("Redis answers again: callers' rate limits are shared by every gateway instance again");
		}
		if (result.get(0) == 1L) {
			return Duration.ZERO;
		}
		double missing = Math.max(0, 1 - result.get(1));
		// the script counts on Redis' clock in whole seconds
		return Duration.ofSeconds(Math.max(1, (long) Math.ceil(missing / perSecond)));
	}

	private Duration fallBack(String caller, Throwable failure) {
		long now = System.nanoTime();
		sharedAgainAt = now + retryAfterNanos;
		if (degraded.compareAndSet(false, true)) {
			log.warn("Redis did not answer ({}): callers' rate limits are held per gateway instance, so each instance "
					+ "allows a caller the whole allowance, until Redis answers again (retried every {} s)",
					failure.toString(), retryAfterNanos / 1_000_000_000L);
		}
		return perInstance.take(caller, now);
	}

}
