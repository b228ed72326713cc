package cn.bjrenovation.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.devissuer.DevIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway instances and one caller: the caller has one allowance between them, held in Redis (127.0.0.1:6379 on
 * the project's machines and CI). Without Redis each instance still limits the caller on its own, and says so.
 */
@ExtendWith(OutputCaptureExtension.class)
class SharedRateLimitTest {

	private static final DevIssuer ISSUER = GatewayCalls.startIssuer();

	/** A burst of four, and next to no refill while the test runs. */
	private static final int BURST = 4;

	@AfterAll
	static void stopIssuer() {
		ISSUER.close();
	}

	@Test
	void twoInstancesGiveOneCallerOneAllowance() {
		String keys = "test-shared-" + UUID.randomUUID();
		String caller = ISSUER.mint("housing-" + UUID.randomUUID(), Map.of("role", "HOUSING"));
		try (ConfigurableApplicationContext first = gateway(keys, 6379);
				ConfigurableApplicationContext second = gateway(keys, 6379)) {
			List<Integer> statuses = new ArrayList<>();
			for (int call = 0; call < 2 * BURST; call++) {
				statuses.add(GatewayCalls.get(port(call % 2 == 0 ? first : second), "/api/me", caller).statusCode());
			}

			assertThat(statuses).as("calls alternating between the instances")
				.containsExactly(200, 200, 200, 200, 429, 429, 429, 429);
			assertThat(first.getBean(SharedCallerRateLimit.class).degraded()).isFalse();
		}
	}

	/**
	 * With a lease time long enough for leases of several calls, each instance takes calls from Redis a few at a time
	 * and spends them without asking: between them they still allow exactly the caller's burst, no call more.
	 */
	@Test
	void leasedCallsNeverExceedTheSharedAllowance() {
		String keys = "test-leased-" + UUID.randomUUID();
		String caller = ISSUER.mint("housing-" + UUID.randomUUID(), Map.of("role", "HOUSING"));
		int burst = 2 * BURST;
		try (ConfigurableApplicationContext first = gateway(keys, 6379, burst, "--renovation.gateway.rate-limit.shared.lease-time=1000s");
				ConfigurableApplicationContext second = gateway(keys, 6379, burst, "--renovation.gateway.rate-limit.shared.lease-time=1000s")) {
			List<Integer> statuses = new ArrayList<>();
			for (int call = 0; call < 3 * burst; call++) {
				statuses.add(GatewayCalls.get(port(call % 2 == 0 ? first : second), "/api/me", caller).statusCode());
			}

			assertThat(statuses.subList(0, 2)).as("each instance's first call").containsExactly(200, 200);
			assertThat(statuses).as("calls alternating between the instances").filteredOn(status -> status == 200)
				.hasSize(burst);
			assertThat(statuses.subList(2 * burst, 3 * burst)).as("once the allowance is spent").containsOnly(429);
		}
	}

	@Test
	void withoutRedisEachInstanceLimitsTheCallerAndWarns(CapturedOutput output) {
		String caller = ISSUER.mint("housing-" + UUID.randomUUID(), Map.of("role", "HOUSING"));
		try (ConfigurableApplicationContext gateway = gateway("test-unreachable", GatewayCalls.closedPort())) {
			List<Integer> statuses = new ArrayList<>();
			for (int call = 0; call < BURST + 2; call++) {
				statuses.add(GatewayCalls.get(port(gateway), "/api/me", caller).statusCode());
			}

			assertThat(statuses).as("neither open nor closed: the instance's own limit")
				.containsExactly(200, 200, 200, 200, 429, 429);
			assertThat(gateway.getBean(SharedCallerRateLimit.class).degraded()).isTrue();
			assertThat(output).containsOnlyOnce("callers' rate limits are held per gateway instance");
		}
	}

	private static ConfigurableApplicationContext gateway(String keyPrefix, int redisPort) {
		return gateway(keyPrefix, redisPort, BURST);
	}

	private static ConfigurableApplicationContext gateway(String keyPrefix, int redisPort, int burst, String... more) {
		// arguments, not default properties: application.yml's own values would win over those
		List<String> arguments = new ArrayList<>(List.of(
				"--server.port=0",
				"--renovation.gateway.jwt.issuer-uri=" + ISSUER.issuerUri(),
				"--renovation.gateway.audit.enabled=false",
				"--renovation.gateway.rate-limit.per-second=0.01",
				"--renovation.gateway.rate-limit.burst=" + burst,
				"--renovation.gateway.rate-limit.shared.key-prefix=" + keyPrefix,
				"--spring.data.redis.port=" + redisPort));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(GatewayApplication.class).run(arguments.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext gateway) {
		return ((WebServerApplicationContext) gateway).getWebServer().getPort();
	}

}
