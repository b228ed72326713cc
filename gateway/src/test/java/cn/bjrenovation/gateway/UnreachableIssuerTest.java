package cn.bjrenovation.gateway;

import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway starts without its token issuer, and while the issuer is out of reach a token cannot be
 * checked: that is 503, the gateway's trouble, not 401, the caller's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnreachableIssuerTest {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void issuerNobodyAnswers(DynamicPropertyRegistry registry) {
		int closedPort = GatewayCalls.closedPort();
		registry.add("renovation.gateway.jwt.issuer-uri", () -> "http://127.0.0.1:" + closedPort);
		registry.add("renovation.gateway.audit.enabled", () -> "false");
	}

	@Test
	void aTokenThatCannotBeCheckedIsServiceUnavailable() {
		HttpResponse<String> answer = GatewayCalls.get(port, "/api/me", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln");

		assertThat(answer.statusCode()).isEqualTo(503);
		assertThat(JsonPath.<String>read(answer.body(), "$.type")).endsWith("/issuer-unavailable");
	}

}
