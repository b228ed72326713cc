package cn.bjrenovation.gateway;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.bjrenovation.devissuer.DevIssuer;
import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public notice board (公示, the policy's {@code public: true} operations) through the gateway: reached without a
 * token, with no token or cookie passed on to the service, limited per client address (429 problem+json beyond), and
 * nothing else under {@code /api/public/} — another method, a route the policy does not list, a path trick — passes
 * without a token. The service behind is a plain HTTP server that records what reached it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicBoardGatewayTest {

	private static final DevIssuer ISSUER = GatewayCalls.startIssuer();

	/** Requests that reached "housing": path and the Authorization and Cookie headers they carried. */
	private static final List<Map<String, String>> REACHED = new CopyOnWriteArrayList<>();

	private static final HttpServer HOUSING = housing();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("renovation.gateway.jwt.issuer-uri", ISSUER::issuerUri);
		registry.add("renovation.gateway.audit.enabled", () -> "false");
		registry.add("HOUSING_URL", () -> "http://127.0.0.1:" + HOUSING.getAddress().getPort());
		registry.add("renovation.gateway.rate-limit.public-per-second", () -> "0.2");
		registry.add("renovation.gateway.rate-limit.public-burst", () -> "8");
	}

	@AfterAll
	static void stop() {
		HOUSING.stop(0);
		ISSUER.close();
	}

	@BeforeEach
	void forget() {
		REACHED.clear();
	}

	@Test
	void theNoticeBoardAnswersWithoutATokenAndPassesNoCredentialOn() {
		HttpResponse<String> anonymous = GatewayCalls.get(port, "/api/public/housing/communities?q=%E5%8A%B2%E6%9D%BE",
				null);
		HttpResponse<String> withCredentials = GatewayCalls.send(HttpRequest
			.newBuilder(GatewayCalls.uri(port, "/api/public/housing/communities/c-1/project"))
			.header("Authorization", "Bearer forged.token.value")
			.header("Cookie", "RENOVATION_SESSION=whatever")
			.GET());

		assertThat(anonymous.statusCode()).isEqualTo(200);
		assertThat(withCredentials.statusCode()).as("a forged token is not even read on a public call").isEqualTo(200);
		assertThat(REACHED).hasSize(2).allSatisfy(request -> {
			assertThat(request.get("authorization")).isEmpty();
			assertThat(request.get("cookie")).isEmpty();
		});
	}

	@Test
	void nothingElseUnderThePublicPrefixPassesWithoutAToken() {
		assertThat(post("/api/public/housing/communities").statusCode()).isEqualTo(401);
		assertThat(GatewayCalls.get(port, "/api/public/housing/projects/p-1", null).statusCode()).isEqualTo(401);
		assertThat(GatewayCalls.get(port, "/api/public/housing/communities/", null).statusCode()).isEqualTo(401);
		assertThat(GatewayCalls.get(port, "/api/public/housing/communities/c-1/project/x", null).statusCode())
			.isEqualTo(401);
		for (String trick : new String[] { "/api/public/../housing/projects", "/api/public/housing/%2e%2e/projects",
				"/api/public/housing/communities%2F..%2F..%2Fprojects", "/api/public//housing/communities",
				"/api/public/housing/communities;x=1/c-1/project", "/api/public/housing/communities/c-1%2Fproject" }) {
			assertThat(GatewayCalls.get(port, trick, null).statusCode()).as(trick).isIn(400, 401);
		}
		assertThat(REACHED).as("nothing of these reached the service").isEmpty();
	}

	/** Last: it spends the address's allowance. */
	@Test
	@Order(Integer.MAX_VALUE)
	void beyondThePublicLimitAnAddressIsToldWhenToRetry() {
		HttpResponse<String> last = null;
		int answered = 0;
		for (int call = 0; call < 20; call++) {
			last = GatewayCalls.get(port, "/api/public/housing/districts/progress", null);
			if (last.statusCode() == 200) {
				answered++;
			}
		}

		assertThat(answered).isBetween(1, 8);
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("application/problem+json"));
		assertThat(last.headers().firstValue("Retry-After")).isPresent();
		assertThat(JsonPath.<Integer>read(last.body(), "$.status")).isEqualTo(429);
		assertThat(GatewayCalls.get(port, "/api/me", ISSUER.tokenFor("HOUSING")).statusCode())
			.as("a caller with a token is not held back by the public limit")
			.isEqualTo(200);
	}

	private HttpResponse<String> post(String path) {
		return GatewayCalls.send(HttpRequest.newBuilder(GatewayCalls.uri(port, path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));
	}

	private static HttpServer housing() {
		return GatewayCalls.upstream(exchange -> REACHED.add(Map.of("path", exchange.getRequestURI().getRawPath(),
				"authorization", String.join(",", exchange.getRequestHeaders().getOrDefault("Authorization", List.of())),
				"cookie", String.join(",", exchange.getRequestHeaders().getOrDefault("Cookie", List.of())))));
	}

}
