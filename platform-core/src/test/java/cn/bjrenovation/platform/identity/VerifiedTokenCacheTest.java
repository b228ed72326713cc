package cn.bjrenovation.platform.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokenCacheTest {

	private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

	private record Token(String text, Instant expiresAt) {
	}

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	@Test
	void aRememberedTokenIsFoundUntilTheMomentItExpires() {
		VerifiedTokenCache<Token> cache = new VerifiedTokenCache<>(Token::expiresAt, clock);
		Token live = new Token("a", NOW.plusSeconds(1));
		Token expiring = new Token("b", NOW);

		cache.remember("a", live);
		cache.remember("b", expiring);

		assertThat(cache.find("a")).contains(live);
		assertThat(cache.find("b")).isEmpty();
		assertThat(cache.find("a ")).isEmpty();
		assertThat(cache.find("c")).isEmpty();
	}

	@Test
	void aTokenWithoutExpiryIsNeverRemembered() {
		VerifiedTokenCache<Token> cache = new VerifiedTokenCache<>(Token::expiresAt, clock);

		assertThat(cache.remember("a", new Token("a", null))).isNotNull();

		assertThat(cache.size()).isZero();
	}

	@Test
	void atCapacityTheExpiredGoFirstAndOnlyThenEverything() {
		Clock[] now = { clock };
		VerifiedTokenCache<Token> cache = new VerifiedTokenCache<>(Token::expiresAt, new Clock() {
			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now[0].instant();
			}
		}, 3);
		cache.remember("short", new Token("short", NOW.plusSeconds(10)));
		cache.remember("long1", new Token("long1", NOW.plusSeconds(600)));
		cache.remember("long2", new Token("long2", NOW.plusSeconds(600)));
		now[0] = Clock.offset(clock, Duration.ofSeconds(30));

		cache.remember("new", new Token("new", NOW.plusSeconds(600)));

		assertThat(cache.size()).isEqualTo(3);
		assertThat(cache.find("long1")).isPresent();
		assertThat(cache.find("new")).isPresent();

		cache.remember("newer", new Token("newer", NOW.plusSeconds(600)));

		assertThat(cache.size()).isEqualTo(1);
		assertThat(cache.find("newer")).isPresent();
	}

}
