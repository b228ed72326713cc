package cn.bjrenovation.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's logins and sessions as several gateway instances share them, in the real Redis (127.0.0.1:6379 on
 * the project's machines and CI): each {@link ConsoleSessions} here is one gateway instance's. And what one instance
 * does while Redis does not answer.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConsoleSessionsTest {

	private static final Duration TIMEOUT = Duration.ofMillis(250);

	/** Keys of this test run only. */
	private final String prefix = "test-console-" + UUID.randomUUID();

	private final Clock clock = Clock.systemUTC();

	private final List<LettuceConnectionFactory> connections = new ArrayList<>();

	private final ReactiveStringRedisTemplate redis = redis(6379);

	@AfterEach
	void disconnect() {
		connections.forEach(LettuceConnectionFactory::destroy);
	}

	@Test
	void aSessionOpenedByOneInstanceIsReadByAnotherUnderAHashOfItsId() {
		ConsoleSessions first = instance(redis);
		ConsoleSessions second = instance(redis(6379));

		String id = first.open("the-token", clock.instant().plus(Duration.ofHours(1))).block();

		assertThat(second.tokenOf(id).block()).contains("the-token");
		List<String> keys = redis.keys(prefix + "*").collectList().block();
		assertThat(keys).containsExactly(first.sessionKey(id));
		assertThat(keys.get(0)).doesNotContain(id);
		assertThat(redis.getExpire(keys.get(0)).block()).isBetween(Duration.ofMinutes(59), Duration.ofHours(1));
		assertThat(second.tokenOf("an-id-nobody-was-given").block()).isEmpty();
	}

	@Test
	void aLogoutOnOneInstanceEndsTheSessionOnTheOther() {
		ConsoleSessions first = instance(redis);
		ConsoleSessions second = instance(redis(6379));
		String id = first.open("the-token", clock.instant().plus(Duration.ofHours(1))).block();

		second.close(id).block();

		assertThat(first.tokenOf(id).block()).isEmpty();
		assertThat(redis.hasKey(first.sessionKey(id)).block()).isFalse();
	}

	@Test
	void aSessionEndsWhenItsTokenExpires() {
		ConsoleSessions first = instance(redis);
		ConsoleSessions second = instance(redis(6379));
		String id = first.open("a-short-token", clock.instant().plus(Duration.ofMillis(1500))).block();
		assertThat(second.tokenOf(id).block()).contains("a-short-token");

		await().atMost(Duration.ofSeconds(10)).until(() -> second.tokenOf(id).block().isEmpty());
		assertThat(redis.hasKey(first.sessionKey(id)).block()).isFalse();
	}

	@Test
	void aLoginBegunOnOneInstanceIsFinishedOnAnotherOnceWithinFiveMinutes() {
		ConsoleSessions first = instance(redis);
		ConsoleSessions second = instance(redis(6379));

		ConsoleSessions.LoginStart start = first.beginLogin("https://console.example/auth/callback").block();

		String key = first.loginKey(start.state());
		assertThat(key).doesNotContain(start.state());
		assertThat(redis.getExpire(key).block()).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5));
		ConsoleSessions.PendingLogin login = second.finishLogin(start.state()).block().orElseThrow();
		assertThat(ConsoleSessions.s256(login.verifier())).isEqualTo(start.challenge());
		assertThat(login.redirectUri()).isEqualTo("https://console.example/auth/callback");
		assertThat(first.finishLogin(start.state()).block()).as("a state is good for one callback").isEmpty();
		assertThat(second.finishLogin(null).block()).isEmpty();
	}

	@Test
	void withoutRedisAnInstanceHoldsItsOwnLoginsAndSessionsAndWarnsOnce(CapturedOutput output) {
		ConsoleSessions alone = instance(redis(GatewayCalls.closedPort()));

		ConsoleSessions.LoginStart start = alone.beginLogin("http://127.0.0.1/auth/callback").block();
		assertThat(alone.finishLogin(start.state()).block()).isPresent();
		String id = alone.open("the-token", clock.instant().plus(Duration.ofHours(1))).block();
		assertThat(alone.tokenOf(id).block()).contains("the-token");
		alone.close(id).block();
		assertThat(alone.tokenOf(id).block()).isEmpty();

		assertThat(alone.degraded()).isTrue();
		assertThat(output).containsOnlyOnce("the console's logins are held in this gateway instance's memory");
	}

	@Test
	void aLogoutWhileRedisIsCutOffIsDeletedThereWhenItAnswersAgain() {
		try (RedisSwitch cable = new RedisSwitch()) {
			ConsoleSessions direct = instance(redis);
			ConsoleSessions cutOff = new ConsoleSessions(redis(cable.port()), prefix, TIMEOUT, Duration.ofMillis(100),
					clock);
			String id = direct.open("the-token", clock.instant().plus(Duration.ofHours(1))).block();
			assertThat(cutOff.tokenOf(id).block()).contains("the-token");

			cable.cut();
			cutOff.close(id).block();
			String heldHere = cutOff.open("a-token-held-here", clock.instant().plus(Duration.ofHours(1))).block();

			assertThat(cutOff.degraded()).isTrue();
			assertThat(cutOff.tokenOf(id).block()).as("logged out on this instance at once").isEmpty();
			assertThat(cutOff.tokenOf(heldHere).block()).contains("a-token-held-here");

			cable.restore();
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
				// any console call through this instance reaches Redis again, and settles what it owes
				assertThat(cutOff.tokenOf("some-other-session").block()).isEqualTo(Optional.empty());
				assertThat(cutOff.degraded()).isFalse();
				assertThat(direct.tokenOf(id).block()).isEmpty();
			});
			assertThat(cutOff.tokenOf(heldHere).block()).as("still valid where it was opened")
				.contains("a-token-held-here");
		}
	}

	private ConsoleSessions instance(ReactiveStringRedisTemplate store) {
		return new ConsoleSessions(store, prefix, TIMEOUT, Duration.ofSeconds(5), clock);
	}

	private ReactiveStringRedisTemplate redis(int port) {
		LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port),
				LettuceClientConfiguration.builder().commandTimeout(TIMEOUT).build());
		factory.afterPropertiesSet();
		factory.start();
		connections.add(factory);
		return new ReactiveStringRedisTemplate(factory);
	}

}
