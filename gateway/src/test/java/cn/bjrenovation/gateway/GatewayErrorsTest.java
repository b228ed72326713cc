package cn.bjrenovation.gateway;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.bjrenovation.devissuer.DevIssuer;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error the gateway answers itself is the suite's problem+json: a stable type, a title in English and
 * Chinese ({@code "Not found / 未找到"}), nothing of WebFlux's default error page (timestamp, path, trace).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayErrorsTest {

	private static final DevIssuer ISSUER = GatewayCalls.startIssuer();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("renovation.gateway.jwt.issuer-uri", ISSUER::issuerUri);
		registry.add("renovation.gateway.audit.enabled", () -> "false");
	}

	@AfterAll
	static void stopIssuer() {
		ISSUER.close();
	}

	@Test
	void aPathNoRouteServesIsNotFound() {
		assertUniform(GatewayCalls.get(port, "/nowhere", ISSUER.tokenFor("HOUSING")), 404, "not-found");
	}

	@Test
	void aWrongMethodOnTheGatewaysOwnEndpointIsRefusedByTheDutyPolicyFirst() {
		assertUniform(GatewayCalls.send(HttpRequest.newBuilder(GatewayCalls.uri(port, "/api/me"))
			.DELETE()
			.header("Authorization", "Bearer " + ISSUER.tokenFor("HOUSING"))), 403, "duty-refused");
	}

	@Test
	void theGatewaysRefusalsCarryBilingualTitles() {
		assertUniform(GatewayCalls.get(port, "/api/me", null), 401, "unauthenticated");
		assertUniform(GatewayCalls.send(HttpRequest.newBuilder(GatewayCalls.uri(port, "/api/housing/communities"))
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + ISSUER.tokenFor("FINANCE"))), 403, "duty-refused");
	}

	@Test
	void theErrorPagePathIsNoErrorPage() {
		HttpResponse<String> answer = GatewayCalls.get(port, "/error", ISSUER.tokenFor("HOUSING"));

		assertThat(answer.statusCode()).isGreaterThanOrEqualTo(400);
		assertUniform(answer, answer.statusCode(), answer.statusCode() == 404 ? "not-found" : "duty-refused");
	}

	private static void assertUniform(HttpResponse<String> answer, int status, String kind) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type")).as(answer.body())
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JsonPath.<String>read(answer.body(), "$.type")).isEqualTo("https://bjrenovation.cn/problems/" + kind);
		assertThat(JsonPath.<String>read(answer.body(), "$.title")).as(answer.body())
			.matches("[^/]*[A-Za-z][^/]* / .*\\p{IsHan}.*");
		assertThat(answer.body()).doesNotContain("timestamp", "trace", "Exception", "java.", "org.springframework");
	}

}
