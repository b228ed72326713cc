package cn.bjrenovation.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;

/**
 * The console's logins, held by the gateway so that no token ever reaches the browser (the backend-for-frontend
 * pattern of the OAuth 2.0 for Browser-Based Apps guidance): a login under way (its state and PKCE verifier, five
 * minutes), and each open session (a random id, sent as an HttpOnly cookie, standing for the access token until
 * the token expires or the user logs out).
 *
 * <p>Held in Redis, so every gateway instance knows every session and the console needs no sticky sessions: a
 * session under {@code <prefix>.session.<SHA-256 of its id>} holding the token, expiring with the token; a login
 * under {@code <prefix>.login.<SHA-256 of its state>} holding its verifier and redirect URI, expiring after five
 * minutes and taken once (GETDEL). Keys are hashes, never the ids themselves: whoever can list Redis' keys learns no
 * cookie, and a session's token is only found by whoever holds its cookie.
 *
 * <p>When Redis does not answer within its timeout the console keeps working on this instance, as the rate limits
 * do ({@link SharedCallerRateLimit}), rather than refusing every login with 503: the suite runs on a developer's
 * machine and on one replica without Redis, and a console that cannot log anyone in is worse than one that needs
 * sticky sessions for a while. So, while Redis does not answer: logins and sessions begun on this instance are held
 * in its memory (they stay valid here after Redis answers again, until they expire); a session held in Redis cannot
 * be read, so its user gets 401 and the console sends them to log in again; a logout ends the session here at once
 * and is owed to Redis, deleted there when Redis next answers. This is said once in a warning, the gauge
 * {@code renovation.gateway.console.sessions.degraded} is 1, and Redis is tried again after {@code retryAfter}.
 */
class ConsoleSessions {

	private static final Logger log = LoggerFactory.getLogger(ConsoleSessions.class);

	/** The session cookie's name. */
	static final String COOKIE = "RENOVATION_SESSION";

	static final Duration LOGIN_LIFETIME = Duration.ofMinutes(5);

	/** A login under way: the verifier of its PKCE challenge and the redirect URI it was started with. */
	record PendingLogin(String verifier, String redirectUri) {
	}

	/** The first half of a login: the state the issuer echoes, and the PKCE challenge sent with it. */
	record LoginStart(String state, String challenge) {
	}

	private record Held(String value, Instant expires) {
	}

	private final ReactiveStringRedisTemplate redis;

	private final String keyPrefix;

	private final Duration timeout;

	private final long retryAfterNanos;

	private volatile long sharedAgainAt;

	private final AtomicBoolean degraded = new AtomicBoolean();

	/** Logins begun on this instance while Redis did not answer, by key. */
	private final Map<String, Held> logins = new ConcurrentHashMap<>();

	/** Sessions opened on this instance while Redis did not answer, by key. */
	private final Map<String, Held> sessions = new ConcurrentHashMap<>();

	/** Keys of sessions logged out on this instance while Redis did not answer: still to be deleted there. */
	private final Set<String> owedLogouts = ConcurrentHashMap.newKeySet();

	/** Owed logouts being deleted in Redis right now. */
	private final Set<String> settling = ConcurrentHashMap.newKeySet();

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	/**
	 * @param redis the shared store, or null to hold everything in this instance's memory
	 * @param timeout how long a login or a console call waits for Redis before this instance's memory is used
	 * @param retryAfter how long Redis is left alone after it failed
	 */
	ConsoleSessions(ReactiveStringRedisTemplate redis, String keyPrefix, Duration timeout, Duration retryAfter,
			Clock clock) {
		this.redis = redis;
		this.keyPrefix = keyPrefix;
		this.timeout = timeout;
		this.retryAfterNanos = retryAfter.toNanos();
		this.clock = clock;
	}

	/** Everything in this instance's memory: no Redis configured (several instances then need sticky sessions). */
	static ConsoleSessions perInstance(Clock clock) {
		return new ConsoleSessions(null, "", Duration.ZERO, Duration.ZERO, clock);
	}

	Mono<LoginStart> beginLogin(String redirectUri) {
		String state = randomToken();
		String verifier = randomToken() + randomToken();
		LoginStart start = new LoginStart(state, s256(verifier));
		String key = loginKey(state);
		// the verifier is base64url, so the first space ends it
		String value = verifier + " " + redirectUri;
		if (!shared()) {
			return Mono.fromSupplier(() -> holdLogin(key, value, start));
		}
		return answered(redis.opsForValue().set(key, value, LOGIN_LIFETIME)).thenReturn(start)
			.onErrorResume(failure -> Mono.fromSupplier(() -> {
				fallBack(failure);
				return holdLogin(key, value, start);
			}));
	}

	/** The login a state stands for, once. */
	Mono<Optional<PendingLogin>> finishLogin(String state) {
		if (state == null) {
			return Mono.just(Optional.empty());
		}
		String key = loginKey(state);
		Held held = logins.remove(key);
		if (held != null || !shared()) {
			return Mono.just(unexpired(held).map(ConsoleSessions::pendingLogin));
		}
		return answered(redis.opsForValue().getAndDelete(key)).map(value -> Optional.of(pendingLogin(value)))
			.defaultIfEmpty(Optional.empty())
			.onErrorResume(failure -> {
				fallBack(failure);
				return Mono.just(Optional.empty());
			});
	}

	/** Opens a session for a verified token, until the token expires; answers the session id. */
	Mono<String> open(String token, Instant expires) {
		String id = randomToken();
		String key = sessionKey(id);
		// a token accepted within the verifier's clock skew may be a little past its expiry: Redis wants a positive TTL
		Duration lifetime = Duration.between(clock.instant(), expires);
		Duration ttl = lifetime.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : lifetime;
		if (!shared()) {
			return Mono.fromSupplier(() -> holdSession(key, token, expires, id));
		}
		return answered(redis.opsForValue().set(key, token, ttl)).thenReturn(id)
			.onErrorResume(failure -> Mono.fromSupplier(() -> {
				fallBack(failure);
				return holdSession(key, token, expires, id);
			}));
	}

	/** The token of an open session. */
	Mono<Optional<String>> tokenOf(String sessionId) {
		if (sessionId == null || sessionId.isEmpty()) {
			return Mono.just(Optional.empty());
		}
		String key = sessionKey(sessionId);
		Optional<String> here = unexpired(sessions.get(key));
		if (here.isPresent() || !shared() || owedLogouts.contains(key)) {
			if (here.isEmpty()) {
				sessions.remove(key);
			}
			return Mono.just(here);
		}
		return answered(redis.opsForValue().get(key)).map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.onErrorResume(failure -> {
				fallBack(failure);
				return Mono.just(Optional.empty());
			});
	}

	/** Ends a session, on every instance. */
	Mono<Void> close(String sessionId) {
		if (sessionId == null || sessionId.isEmpty()) {
			return Mono.empty();
		}
		String key = sessionKey(sessionId);
		sessions.remove(key);
		if (!shared()) {
			if (redis != null) {
				owedLogouts.add(key);
			}
			return Mono.empty();
		}
		return answered(redis.delete(key)).then().onErrorResume(failure -> {
			fallBack(failure);
			owedLogouts.add(key);
			return Mono.empty();
		});
	}

	/** Whether logins and sessions are held in this instance's memory at the moment because Redis failed. */
	boolean degraded() {
		return degraded.get();
	}

	/** BASE64URL(SHA-256(verifier)), unpadded (RFC 7636 S256); also how ids and states become keys. */
	static String s256(String verifier) {
		try {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String sessionKey(String sessionId) {
		return keyPrefix + ".session." + s256(sessionId);
	}

	String loginKey(String state) {
		return keyPrefix + ".login." + s256(state);
	}

	private boolean shared() {
		return redis != null && System.nanoTime() - sharedAgainAt >= 0;
	}

	/** Redis' answer within the timeout; an answer (even an empty one) also settles what is owed to Redis. */
	private <T> Mono<T> answered(Mono<T> call) {
		return call.timeout(timeout).doOnSuccess(ignored -> recovered());
	}

	private void recovered() {
		if (degraded.compareAndSet(true, false)) {
			log.info("Redis answers again: the console's new logins are held in Redis for every gateway instance again");
		}
		for (String key : owedLogouts) {
			if (settling.add(key)) {
				redis.delete(key).timeout(timeout).subscribe(deleted -> {
					owedLogouts.remove(key);
					settling.remove(key);
				}, failure -> {
					settling.remove(key);
					fallBack(failure);
				});
			}
		}
	}

	private void fallBack(Throwable failure) {
		sharedAgainAt = System.nanoTime() + retryAfterNanos;
		if (degraded.compareAndSet(false, true)) {
			log.warn("Redis did not answer ({}): the console's logins are held in this gateway instance's memory, so "
					+ "they work on this instance only and sessions opened in Redis must log in again, until Redis "
					+ "answers again (retried every {} s)", failure.toString(), retryAfterNanos / 1_000_000_000L);
		}
	}

	private LoginStart holdLogin(String key, String value, LoginStart start) {
		Instant now = clock.instant();
		logins.values().removeIf(login -> login.expires().isBefore(now));
		logins.put(key, new Held(value, now.plus(LOGIN_LIFETIME)));
		return start;
	}

	private String holdSession(String key, String token, Instant expires, String id) {
		Instant now = clock.instant();
		sessions.values().removeIf(session -> session.expires().isBefore(now));
		sessions.put(key, new Held(token, expires));
		return id;
	}

	private Optional<String> unexpired(Held held) {
		return held == null || held.expires().isBefore(clock.instant()) ? Optional.empty() : Optional.of(held.value());
	}

	private static PendingLogin pendingLogin(String value) {
		int space = value.indexOf(' ');
		return new PendingLogin(value.substring(0, space), value.substring(space + 1));
	}

	private String randomToken() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
