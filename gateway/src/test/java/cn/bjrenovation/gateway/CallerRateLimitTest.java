package cn.bjrenovation.gateway;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallerRateLimitTest {

	private static final long SECOND = 1_000_000_000L;

	@Test
	void aCallerMayBurstThenWaitsForTheNextToken() {
		CallerRateLimit limit = new CallerRateLimit(2, 3);

		for (int call = 0; call < 3; call++) {
			assertThat(limit.take("district-110105", 0)).isZero();
		}
		assertThat(limit.take("district-110105", 0)).isEqualTo(Duration.ofMillis(500));
		assertThat(limit.take("district-110105", SECOND / 2)).isZero();
	}

	@Test
	void callersDoNotShareABucket() {
		CallerRateLimit limit = new CallerRateLimit(1, 1);

		assertThat(limit.take("a", 0)).isZero();
		assertThat(limit.take("a", 0)).isPositive();
		assertThat(limit.take("b", 0)).isZero();
	}

	@Test
	void restedCallersAreForgottenWhenManyAreTracked() {
		CallerRateLimit limit = new CallerRateLimit(1, 1);
		for (int caller = 0; caller <= CallerRateLimit.MAX_TRACKED_CALLERS; caller++) {
			limit.take("caller-" + caller, 0);
		}

		limit.take("latecomer", 10 * SECOND);

		assertThat(limit.take("caller-0", 10 * SECOND)).as("a forgotten caller starts with a full bucket").isZero();
		assertThat(limit.trackedCallers()).isLessThan(10);
	}

}
