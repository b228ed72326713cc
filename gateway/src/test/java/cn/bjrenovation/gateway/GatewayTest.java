package cn.bjrenovation.gateway;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.devissuer.DevIssuer;
import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's own answers — identity, duties, rate limits, size limits and {@code /api/me} — which it
 * gives before any service is involved, against a real OIDC issuer over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayTest {

	private static final DevIssuer ISSUER = GatewayCalls.startIssuer();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("renovation.gateway.jwt.issuer-uri", ISSUER::issuerUri);
		registry.add("renovation.gateway.rate-limit.per-second", () -> "1");
		registry.add("renovation.gateway.rate-limit.burst", () -> "20");
		registry.add("renovation.gateway.rate-limit.anonymous-burst", () -> "100");
		registry.add("GATEWAY_MAX_REQUEST_SIZE", () -> "64KB");
		// the trail itself is tested end to end, with a broker; here there is none
		registry.add("renovation.gateway.audit.enabled", () -> "false");
	}

	@AfterAll
	static void stopIssuer() {
		ISSUER.close();
	}

	private HttpResponse<String> get(String path, String token) {
		return GatewayCalls.get(port, path, token);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return GatewayCalls.send(request);
	}

	private URI uri(String path) {
		return GatewayCalls.uri(port, path);
	}

	@Test
	void meTellsTheDistrictWhoItIsAndWhichDutiesItHolds() {
		HttpResponse<String> me = get("/api/me", ISSUER.tokenFor("DISTRICT", "district", "110105"));

		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(me.body(), "$.role")).isEqualTo("DISTRICT");
		assertThat(JsonPath.<String>read(me.body(), "$.scope.district")).isEqualTo("110105");
		List<String> operations = JsonPath.read(me.body(), "$.operations[*].id");
		assertThat(operations).contains("housing.community.register", "housing.community.read")
			.doesNotContain("finance.budget-line.add", "planning.planner.assign");
		List<String> registerScope = JsonPath.read(me.body(), "$.operations[?(@.id=='housing.community.register')].scope");
		assertThat(registerScope).containsExactly("district");
	}

	@Test
	void missingTokenIsUnauthorized() {
		HttpResponse<String> refused = get("/api/me", null);

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JsonPath.<Integer>read(refused.body(), "$.status")).isEqualTo(401);
		assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void firewallRejectsAnEncodedSlashBeforeAnyTokenCheck() {
		HttpResponse<String> rejected = get("/api/housing/communities%2F..%2Fsecrets", ISSUER.tokenFor("HOUSING"));

		assertThat(rejected.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(rejected.body(), "$.type")).endsWith("/request-rejected");
	}

	@Test
	void probesNeedNoTokenButNothingElseDoes() {
		assertThat(get("/actuator/health", null).statusCode()).isNotEqualTo(401);
		assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/info", null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/healthx", null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/env", null).statusCode()).isEqualTo(401);
	}

	@Test
	void malformedBearerTokenIsUnauthorized() {
		HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/me"))
			.header("Authorization", "Bearer not a token")
			.GET());

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				challenge -> assertThat(challenge).contains("invalid_token"));
	}

	@Test
	void aSignedTokenWithoutExpiryOrUsableOnlyLaterIsUnauthorized() {
		Instant now = Instant.now();
		JWTClaimsSet valid = new JWTClaimsSet.Builder().issuer(ISSUER.issuerUri())
			.subject("dev-housing")
			.audience(DevIssuer.AUDIENCE)
			.claim("role", "HOUSING")
			.expirationTime(Date.from(now.plusSeconds(600)))
			.build();
		HttpResponse<String> accepted = get("/api/me", ISSUER.sign(valid));
		assertThat(accepted.statusCode()).as(accepted.headers().map() + accepted.body()).isEqualTo(200);

		for (JWTClaimsSet refused : List.of(new JWTClaimsSet.Builder(valid).expirationTime(null).build(),
				new JWTClaimsSet.Builder(valid).notBeforeTime(Date.from(now.plusSeconds(3600))).build(),
				new JWTClaimsSet.Builder(valid).issueTime(Date.from(now.plusSeconds(3600))).build())) {
			HttpResponse<String> answer = get("/api/me", ISSUER.sign(refused));
			assertThat(answer.statusCode()).as(refused.toString()).isEqualTo(401);
			assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
					challenge -> assertThat(challenge).contains("invalid_token"));
		}
	}

	@Test
	void roleWithoutTheDutyIsRefusedNamingTheOperation() {
		HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/housing/communities"))
			.header("Authorization", "Bearer " + ISSUER.tokenFor("FINANCE"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JsonPath.<String>read(refused.body(), "$.operation")).isEqualTo("housing.community.register");
	}

	@Test
	void operationOutsideThePolicyIsRefused() {
		HttpResponse<String> refused = get("/api/housing/secrets", ISSUER.tokenFor("HOUSING"));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(JsonPath.<String>read(refused.body(), "$.detail")).contains("default deny");
	}

	@Test
	void callerBeyondItsRateIsToldWhenToRetry() {
		String token = ISSUER.mint("busy-street-office", Map.of("role", "STREET", "street", "110105017"));
		HttpResponse<String> last = null;
		for (int call = 0; call < 25; call++) {
			last = get("/api/me", token);
			if (last.statusCode() == 429) {
				break;
			}
		}

		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(
				seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
		assertThat(get("/api/me", ISSUER.tokenFor("HOUSING")).statusCode()).as("other callers are unaffected")
			.isEqualTo(200);
	}

	@Test
	void oversizedRequestIsRefusedBeforeReachingAService() {
		HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/housing/communities"))
			.header("Authorization", "Bearer " + ISSUER.tokenFor("HOUSING"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + "x".repeat(200_000) + "\"}")));

		assertThat(refused.statusCode()).isEqualTo(413);
	}

	@Test
	void anOverlongRequestTargetIsRefusedAsProblemJson() {
		HttpResponse<String> refused = get("/api/housing/communities?q=" + "x".repeat(10_000), ISSUER.tokenFor("HOUSING"));

		assertThat(refused.statusCode()).isEqualTo(414);
		assertThat(JsonPath.<String>read(refused.body(), "$.type")).endsWith("/uri-too-long");
	}

	@Test
	void surveyFilesMayBeLargerThanOtherRequests() {
		HttpResponse<String> passed = send(HttpRequest.newBuilder(uri("/api/housing/survey-imports/buildings"))
			.header("Authorization", "Bearer " + ISSUER.tokenFor("HOUSING"))
			.header("Content-Type", "text/csv; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString("streetCode\n" + "110105017\n".repeat(20_000))));

		// no housing-service runs behind this gateway: anything but 413 means the size limit let it through
		assertThat(passed.statusCode()).isNotEqualTo(413);
	}

}
