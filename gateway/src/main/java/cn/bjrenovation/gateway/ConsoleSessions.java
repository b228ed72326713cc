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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's logins, held by the gateway so that no token ever reaches the browser (the backend-for-frontend
 * pattern of the OAuth 2.0 for Browser-Based Apps guidance): a login under way (its state and PKCE verifier, five
 * minutes), and each open session (a random id, sent as an HttpOnly cookie, standing for the access token until
 * the token expires or the user logs out).
 *
 * <p>Held in this instance's memory: behind several gateway instances the console needs sticky sessions (or this
 * store moved to Redis, like the rate limits).
 */
class ConsoleSessions {

	/** The session cookie's name. */
	static final String COOKIE = "RENOVATION_SESSION";

	private static final Duration LOGIN_LIFETIME = Duration.ofMinutes(5);

	/** A login under way: the verifier of its PKCE challenge and the redirect URI it was started with. */
	record PendingLogin(String verifier, String redirectUri, Instant expires) {
	}

	/** The first half of a login: the state the issuer echoes, and the PKCE challenge sent with it. */
	record LoginStart(String state, String challenge) {
	}

	private record Session(String token, Instant expires) {
	}

	private final Map<String, PendingLogin> logins = new ConcurrentHashMap<>();

	private final Map<String, Session> sessions = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	ConsoleSessions(Clock clock) {
		this.clock = clock;
	}

	LoginStart beginLogin(String redirectUri) {
		Instant now = clock.instant();
		logins.values().removeIf(login -> login.expires().isBefore(now));
		String state = randomToken();
		String verifier = randomToken() + randomToken();
		logins.put(state, new PendingLogin(verifier, redirectUri, now.plus(LOGIN_LIFETIME)));
		return new LoginStart(state, s256(verifier));
	}

	/** The login a state stands for, once. */
	Optional<PendingLogin> finishLogin(String state) {
		PendingLogin login = state == null ? null : logins.remove(state);
		return login == null || login.expires().isBefore(clock.instant()) ? Optional.empty() : Optional.of(login);
	}

	/** Opens a session for a verified token, until the token expires; answers the session id. */
	String open(String token, Instant expires) {
		Instant now = clock.instant();
		sessions.values().removeIf(session -> session.expires().isBefore(now));
		String id = randomToken();
		sessions.put(id, new Session(token, expires));
		return id;
	}

	/** The token of an open session. */
	Optional<String> tokenOf(String sessionId) {
		Session session = sessionId == null ? null : sessions.get(sessionId);
		if (session == null) {
			return Optional.empty();
		}
		if (session.expires().isBefore(clock.instant())) {
			sessions.remove(sessionId);
			return Optional.empty();
		}
		return Optional.of(session.token());
	}

	void close(String sessionId) {
		if (sessionId != null) {
			sessions.remove(sessionId);
		}
	}

	/** BASE64URL(SHA-256(verifier)), unpadded (RFC 7636 S256). */
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

	private String randomToken() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
