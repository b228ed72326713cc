package cn.bjrenovation.gateway;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's settings ({@code renovation.gateway} in {@code application.yml}, each from an environment variable).
 *
 * @param jwt the one OIDC issuer whose tokens are accepted, and the audience they must name
 * @param rateLimit calls a second per caller (and per client address for calls without a valid token)
 * @param audit where every call's record goes
 * @param console the web console's login ({@link ConsoleLogin})
 */
@ConfigurationProperties("renovation.gateway")
record GatewaySettings(Jwt jwt, @DefaultValue RateLimit rateLimit, @DefaultValue Audit audit,
		@DefaultValue Console console) {

	GatewaySettings {
		if (jwt == null || jwt.issuerUri() == null || jwt.issuerUri().isBlank() || jwt.audience() == null
				|| jwt.audience().isEmpty()) {
			throw new IllegalArgumentException("renovation.gateway.jwt.issuer-uri and .audience must be set");
		}
	}

	record Jwt(String issuerUri, List<String> audience) {
	}

	/**
	 * @param perSecond sustained calls a second per caller (token subject)
	 * @param burst calls a caller may make at once on top
	 * @param anonymousPerSecond sustained calls a second without a valid token, per client address
	 * @param anonymousBurst such calls at once on top
	 * @param publicPerSecond sustained calls a second of the public notice board (公示, the policy's public operations),
	 * per client address
	 * @param publicBurst such calls at once on top
	 * @param shared where the per-caller limits are held across instances (the anonymous and public ones are per
	 * instance)
	 */
	record RateLimit(@DefaultValue("100") double perSecond, @DefaultValue("200") double burst,
			@DefaultValue("2") double anonymousPerSecond, @DefaultValue("30") double anonymousBurst,
			@DefaultValue("5") double publicPerSecond, @DefaultValue("60") double publicBurst,
			@DefaultValue Shared shared) {

		RateLimit {
			if (perSecond <= 0 || burst < 1 || anonymousPerSecond <= 0 || anonymousBurst < 1 || publicPerSecond <= 0
					|| publicBurst < 1) {
				throw new IllegalArgumentException("renovation.gateway.rate-limit: rates must be positive, bursts ≥ 1");
			}
		}

	}

	/**
	 * @param enabled whether per-caller limits are held in Redis ({@code spring.data.redis.*}), shared by every
	 * gateway instance; when false, or while Redis does not answer, each instance limits on its own
	 * @param keyPrefix the prefix of the limit's Redis keys
	 * @param timeout how long a call waits for Redis before the instance's own limit decides
	 * @param retryAfter how long Redis is left alone after it did not answer
	 * @param leaseTime how long calls a replica took from a caller's shared allowance may wait there to be spent
	 * ({@link SharedCallerRateLimit}): the longer, the fewer calls to Redis and the more slack in the limit
	 */
	record Shared(@DefaultValue("true") boolean enabled, @DefaultValue("renovation.gateway.rate") String keyPrefix,
			@DefaultValue("250ms") Duration timeout, @DefaultValue("5s") Duration retryAfter,
			@DefaultValue("100ms") Duration leaseTime) {
	}

	/** @param bootstrapServers the Kafka brokers of {@code audit.records} */
	record Audit(@DefaultValue("true") boolean enabled, @DefaultValue("127.0.0.1:9092") String bootstrapServers) {
	}

	/**
	 * @param clientId the console's client id at the OIDC issuer
	 * @param publicUrl the console's address as browsers reach it (its login's redirect URI is below it); empty: the
	 * address each login request came to
	 * @param sessions where the logins and sessions are held ({@link ConsoleSessions})
	 */
	record Console(@DefaultValue("renovation-console") String clientId, @DefaultValue("") String publicUrl,
			@DefaultValue Sessions sessions) {
	}

	/**
	 * @param shared whether the console's logins and sessions are held in Redis ({@code spring.data.redis.*}), known
	 * to every gateway instance; when false, or while Redis does not answer, each instance holds its own (several
	 * instances then need sticky sessions)
	 * @param keyPrefix the prefix of their Redis keys
	 * @param timeout how long a login or console call waits for Redis before the instance's memory is used
	 * @param retryAfter how long Redis is left alone after it did not answer
	 */
	record Sessions(@DefaultValue("true") boolean shared, @DefaultValue("renovation.gateway.console") String keyPrefix,
			@DefaultValue("250ms") Duration timeout, @DefaultValue("5s") Duration retryAfter) {
	}

}
