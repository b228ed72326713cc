package cn.bjrenovation.platform.identity;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenLifetimeTest {

	private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

	private static final Duration HOUR = Duration.ofHours(1);

	@Test
	void aTokenWithoutExpiryIsRefused() {
		assertThat(TokenLifetime.refusal(null, null, null, NOW)).contains("token has no exp (expiry) claim");
	}

	@Test
	void aTokenWithinItsLifetimeIsAccepted() {
		assertThat(TokenLifetime.refusal(NOW.plus(HOUR), NOW.minus(HOUR), NOW.minus(HOUR), NOW)).isEmpty();
	}

	@Test
	void expiryNotBeforeAndIssuedAtAreHeldWithASmallSkew() {
		assertThat(TokenLifetime.refusal(NOW.minusSeconds(10), null, null, NOW)).as("expired 10 s ago").isEmpty();
		assertThat(TokenLifetime.refusal(NOW.minusSeconds(40), null, null, NOW)).get().asString().contains("expired");
		assertThat(TokenLifetime.refusal(NOW.plus(HOUR), NOW.plus(HOUR), null, NOW)).get().asString()
			.contains("not valid before");
		assertThat(TokenLifetime.refusal(NOW.plus(HOUR), null, NOW.plusSeconds(20), NOW)).as("clocks 20 s apart").isEmpty();
		assertThat(TokenLifetime.refusal(NOW.plus(HOUR), null, NOW.plus(HOUR), NOW)).get().asString()
			.contains("issued in the future");
	}

	@Test
	void theIssueTimeSpringFillsInForATokenWithoutOneIsNotHeldAgainstIt() {
		assertThat(TokenLifetime.refusal(NOW.plus(HOUR), null, NOW.plus(HOUR).minusSeconds(1), NOW)).isEmpty();
	}

}
