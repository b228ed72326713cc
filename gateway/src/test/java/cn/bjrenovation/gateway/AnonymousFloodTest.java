package cn.bjrenovation.gateway;

import java.net.http.HttpResponse;

import cn.bjrenovation.devissuer.DevIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls without a valid token have no caller to be rate-limited as, so they are limited per client address: within
 * the limit each is a 401 recorded in the audit trail; beyond it a 429 that is not recorded call by call, so a flood
 * cannot flood the trail. Callers with a valid token from the same address are not held back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousFloodTest {

	private static final DevIssuer ISSUER = GatewayCalls.startIssuer();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("renovation.gateway.jwt.issuer-uri", ISSUER::issuerUri);
		registry.add("renovation.gateway.audit.enabled", () -> "false");
		registry.add("renovation.gateway.rate-limit.anonymous-per-second", () -> "0.2");
		registry.add("renovation.gateway.rate-limit.anonymous-burst", () -> "5");
	}

	@AfterAll
	static void stopIssuer() {
		ISSUER.close();
	}

	@Test
	void aFloodOfCallsWithoutAValidTokenTurnsTo429WhileValidCallersPass() {
		int unauthorized = 0;
		HttpResponse<String> last = null;
		for (int call = 0; call < 12; call++) {
			last = GatewayCalls.get(port, "/api/me", call % 2 == 0 ? null : "forged.token.value");
			if (last.statusCode() == 401) {
				unauthorized++;
			}
		}

		assertThat(unauthorized).isEqualTo(5);
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.headers().firstValue("Retry-After")).isPresent();
		assertThat(GatewayCalls.get(port, "/api/me", ISSUER.tokenFor("HOUSING")).statusCode()).isEqualTo(200);
	}

	@Test
	void onlyFloodedRefusalsStayOutOfTheAuditTrail() {
		MockServerWebExchange refused = MockServerWebExchange.from(MockServerHttpRequest.get("/api/me"));
		assertThat(CallAudit.isRecorded(refused)).isTrue();

		refused.getAttributes().put(CallGuard.UNRECORDED, Boolean.TRUE);
		assertThat(CallAudit.isRecorded(refused)).isFalse();
	}

}
