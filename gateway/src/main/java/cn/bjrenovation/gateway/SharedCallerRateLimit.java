package cn.bjrenovation.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * The per-caller rate limit of every gateway replica at once: one token bucket per caller in Redis
 * ({@code scripts/caller_rate_lease.lua}: Spring Cloud Gateway's bucket, atomic, on Redis' clock), so two replicas give
 * a caller one allowance, not two.
 *
 * <p>A replica does not ask Redis on every call: it takes a small lease of calls from the caller's bucket — about as
 * many as the caller made here in the last {@code leaseTime}, at most {@code perSecond × leaseTime} and
 * {@link #MAX_LEASE} — and spends it locally, asking for the next lease in the background when half is spent. A call
 * waits for Redis only when the caller's lease here is empty (its first call, a burst, or a refusal). Every call
 * spent was taken out of the shared bucket, so replicas together still never allow more than the bucket holds; the
 * only slack is time: a leased call is spent at most {@code leaseTime} after Redis granted it (unspent calls
 * are dropped then), so in any period a caller gets at most {@code perSecond × leaseTime} calls beyond the
 * bucket's own rule (10 at the default 100/s and 100 ms), whatever the number of replicas. A limit so low that
 * {@code perSecond × leaseTime} is under two calls is asked of Redis call by call, as before leases.
 *
 * <p>When Redis does not answer within its timeout, each replica falls back to its own {@link CallerRateLimit} —
 * calls are still limited, per instance — and says so once in a warning; Redis is tried again after
 * {@code retryAfter}. Spring Cloud Gateway's {@code RedisRateLimiter} is not used as it stands because on a Redis
 * error it lets every call through and logs at debug level only.
 */
class SharedCallerRateLimit {

	/** The most calls a replica leases for one caller at once. */
	static final int MAX_LEASE = 64;

	private static final Logger log = LoggerFactory.getLogger(SharedCallerRateLimit.class);

	private final ReactiveStringRedisTemplate redis;

	private final RedisScript<List<Long>> script;

	private final String keyPrefix;

	private final double perSecond;

	private final double burst;

	private final CallerRateLimit perInstance;

	private final Duration timeout;

	private final long retryAfterNanos;

	private final long leaseNanos;

	private final int maxLease;

	private final Map<String, Lease> leases = new ConcurrentHashMap<>();

	private volatile long sharedAgainAt;

	private final AtomicBoolean degraded = new AtomicBoolean();

	/**
	 * @param redis the shared store, or null to limit per instance only
	 * @param timeout how long a call waits for Redis before this instance's own limit decides
	 * @param retryAfter how long Redis is left alone after it failed
	 * @param leaseTime how long a leased call may wait here to be spent, and the span of demand a lease is sized by
	 */
	SharedCallerRateLimit(ReactiveStringRedisTemplate redis, RedisScript<List<Long>> script, String keyPrefix,
			double perSecond, double burst, Duration timeout, Duration retryAfter, Duration leaseTime) {
		this.redis = redis;
		this.script = script;
		this.keyPrefix = keyPrefix;
		this.perSecond = perSecond;
		this.burst = burst;
		this.perInstance = new CallerRateLimit(perSecond, burst);
		this.timeout = timeout;
		this.retryAfterNanos = retryAfter.toNanos();
		this.leaseNanos = leaseTime.toNanos();
		this.maxLease = (int) Math.max(1, Math.min(MAX_LEASE, perSecond * leaseTime.toNanos() / 1e9));
	}

	/** Limits per instance only: no Redis configured. */
	static SharedCallerRateLimit perInstance(double perSecond, double burst) {
		return new SharedCallerRateLimit(null, null, "", perSecond, burst, Duration.ZERO, Duration.ZERO, Duration.ZERO);
	}

	/**
	 * The bucket script every replica runs on Redis, read once: a script made from the resource itself would look
	 * for the resource's file on every call to see whether it changed (an exception per call inside a jar).
	 */
	static RedisScript<List<Long>> leaseScript() {
		String text;
		try (InputStream in = new ClassPathResource("scripts/caller_rate_lease.lua").getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException missing) {
			throw new UncheckedIOException(missing);
		}
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Class<List<Long>> type = (Class) List.class;
		return RedisScript.of(text, type);
	}

	/** Calls Redis granted this replica for one caller and not yet spent, and the caller's recent demand here. */
	private static final class Lease {

		/** Unspent calls of each grant, oldest first: {calls, when they are dropped (System.nanoTime)}. */
		private final ArrayDeque<long[]> grants = new ArrayDeque<>(2);

		/** Their sum. */
		private int calls;

		/** Calls of the caller here since {@link #countedSince}, and in the span before. */
		private int recent;

		private int before;

		private long countedSince;

		/** A request for the next lease is on its way. */
		private boolean renewing;

		Lease(long now) {
			this.countedSince = now;
		}

		/** Spends one call of the oldest grant; there must be one. */
		void spend() {
			long[] oldest = grants.peekFirst();
			if (--oldest[0] == 0) {
				grants.pollFirst();
			}
			calls--;
		}

		void add(int granted, long now, long lifetime) {
			grants.addLast(new long[] { granted, now + lifetime });
			calls += granted;
		}

		/** Drops the calls of grants older than their lifetime. */
		void dropExpired(long now) {
			while (!grants.isEmpty() && now - grants.peekFirst()[1] >= 0) {
				calls -= (int) grants.pollFirst()[0];
			}
		}

	}

	/** Takes one call from the caller's allowance; answers how long to wait when none is left (zero when allowed). */
	Mono<Duration> take(String caller) {
		long now = System.nanoTime();
		if (redis == null || now - sharedAgainAt < 0) {
			return Mono.just(perInstance.take(caller, now));
		}
		if (leases.size() > CallerRateLimit.MAX_TRACKED_CALLERS) {
			forgetIdleLeases(now);
		}
		Lease lease = leases.computeIfAbsent(caller, key -> new Lease(now));
		int renewal;
		synchronized (lease) {
			count(lease, now);
			if (lease.calls == 0) {
				return lease(caller, size(lease)).map(grant -> grant.granted() ? spendOne(lease, grant) : grant.retryAfter())
					.onErrorResume(failure -> Mono.just(fallBack(caller, failure)));
			}
			lease.spend();
			renewal = !lease.renewing && maxLease > 1 && lease.calls <= size(lease) / 2 ? size(lease) : 0;
			lease.renewing |= renewal > 0;
		}
		if (renewal > 0) {
			// in the background: this call is allowed already; a failure here is met by the next call that waits
			lease(caller, renewal).subscribe(grant -> add(lease, grant.calls(), false),
					failure -> add(lease, 0, false));
		}
		return Mono.just(Duration.ZERO);
	}

	/** Whether calls are limited per instance at the moment because Redis failed. */
	boolean degraded() {
		return degraded.get();
	}

	/** Counts the call in the caller's demand here and drops unspent calls that waited too long. */
	private void count(Lease lease, long now) {
		lease.dropExpired(now);
		if (now - lease.countedSince >= leaseNanos) {
			lease.before = now - lease.countedSince < 2 * leaseNanos ? lease.recent : 0;
			lease.recent = 0;
			lease.countedSince = now;
		}
		lease.recent++;
	}

	/** As many calls as the caller made here in the last lease time, within the limits. */
	private int size(Lease lease) {
		return Math.max(1, Math.min(maxLease, Math.max(lease.recent, lease.before)));
	}

	/** What Redis granted: calls, or how long to wait when it granted none. */
	private record Grant(int calls, Duration retryAfter) {

		boolean granted() {
			return calls > 0;
		}

	}

	private Mono<Grant> lease(String caller, int calls) {
		// braces: both keys of a caller hash to one slot on a Redis cluster
		String key = keyPrefix + ".{" + caller + "}";
		return redis.execute(script, List.of(key + ".tokens", key + ".timestamp"),
					List.of(Double.toString(perSecond), Double.toString(burst), Integer.toString(calls)))
			.next()
			.timeout(timeout)
			.map(this::answer);
	}

	private Duration spendOne(Lease lease, Grant grant) {
		add(lease, grant.calls() - 1, true);
		return Duration.ZERO;
	}

	private void add(Lease lease, int calls, boolean waited) {
		synchronized (lease) {
			if (calls > 0) {
				lease.add(calls, System.nanoTime(), leaseNanos);
			}
			if (!waited) {
				lease.renewing = false;
			}
		}
	}

	private Grant answer(List<Long> result) {
		if (degraded.compareAndSet(true, false)) {
			log.info("Redis answers again: callers' rate limits are shared by every gateway instance again");
		}
		int granted = result.get(0).intValue();
		if (granted > 0) {
			return new Grant(granted, Duration.ZERO);
		}
		double missing = Math.max(0, 1 - result.get(1));
		return new Grant(0, Duration.ofNanos(Math.max(1_000_000_000L, (long) Math.ceil(missing / perSecond * 1e9))));
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

	/** A caller with nothing leased here and no lease on its way is no different from one never seen. */
	private void forgetIdleLeases(long now) {
		leases.values().removeIf(lease -> {
			synchronized (lease) {
				lease.dropExpired(now);
				return !lease.renewing && lease.calls == 0 && now - lease.countedSince >= 2 * leaseNanos;
			}
		});
	}

}
