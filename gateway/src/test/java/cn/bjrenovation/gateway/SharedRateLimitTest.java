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
		// arguments, not default properties: application.yml's own values would win over those
		return new SpringApplicationBuilder(GatewayApplication.class).run(
				"--server.port=0",
				"--renovation.gateway.jwt.issuer-uri=" + ISSUER.issuerUri(),
				"--renovation.gateway.audit.enabled=false",
				"--renovation.gateway.rate-limit.per-second=0.01",
				"--renovation.gateway.rate-limit.burst=" + BURST,
				"--renovation.gateway.rate-limit.shared.key-prefix=" + keyPrefix,
				"--spring.data.redis.port=" + redisPort);
	}

	private static int port(ConfigurableApplicationContext gateway) {
		return ((WebServerApplicationContext) gateway).getWebServer().getPort();
	}

}
