package cn.bjrenovation.gateway;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import cn.bjrenovation.devissuer.DevIssuer;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console at the gateway: its page served at {@code /} without a token, and its login as a browser does it —
 * to the dev issuer's login page, a named dev user chosen there, back with a code, a session cookie instead of a
 * token, the console's calls made with it, logout — against a real issuer over HTTP, with the sessions in the real
 * Redis, so that a second gateway instance knows them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleLoginTest {

	private static final DevIssuer ISSUER = GatewayCalls.startIssuer();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("renovation.gateway.jwt.issuer-uri", ISSUER::issuerUri);
		registry.add("renovation.gateway.rate-limit.anonymous-burst", () -> "100");
		registry.add("renovation.gateway.audit.enabled", () -> "false");
	}

	@AfterAll
	static void stopIssuer() {
		ISSUER.close();
	}

	@Test
	void theConsoleIsServedAtTheRootWithoutAToken() {
		HttpResponse<String> page = GatewayCalls.get(port, "/", null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("lang=\"zh-CN\"", "北京市老旧小区综合整治管理平台", "/assets/");
		String script = page.body().replaceAll("(?s).*src=\"(/assets/[^\"]+\\.js)\".*", "$1");
		assertThat(GatewayCalls.get(port, script, null).statusCode()).isEqualTo(200);
	}

	@Test
	void theDistrictOfficerLogsInThroughTheIssuerAndTheConsoleCallsWithASessionCookieOnly() {
		String cookie = logIn("chaoyang-district", null);

		HttpResponse<String> me = withCookie("/api/me", cookie);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(me.body(), "$.role")).isEqualTo("DISTRICT");
		assertThat(JsonPath.<String>read(me.body(), "$.scope.district")).isEqualTo("110105");
		assertThat(JsonPath.<String>read(me.body(), "$.subject")).isEqualTo("dev-chaoyang-district");

		// a state-changing console call without X-Requested-With is refused before its duty is even looked at
		HttpResponse<String> forged = GatewayCalls.send(HttpRequest.newBuilder(GatewayCalls.uri(port, "/api/housing/projects"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("X-Requested-With");

		HttpResponse<String> logout = GatewayCalls.send(HttpRequest.newBuilder(GatewayCalls.uri(port, "/auth/logout"))
			.header("Cookie", cookie)
			.header("X-Requested-With", "console")
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(logout.statusCode()).isEqualTo(204);
		assertThat(logout.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
		assertThat(withCookie("/api/me", cookie).statusCode()).isEqualTo(401);
	}

	@Test
	void aSessionOpenedThroughOneGatewayInstanceWorksOnAnotherUntilLoggedOutThere() {
		String cookie = logIn("finance", null);
		// arguments, not default properties: application.yml's own values would win over those
		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(GatewayApplication.class).run(
				"--server.port=0", "--renovation.gateway.jwt.issuer-uri=" + ISSUER.issuerUri(),
				"--renovation.gateway.audit.enabled=false")) {
			int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();

			HttpResponse<String> me = GatewayCalls.send(HttpRequest.newBuilder(GatewayCalls.uri(otherPort, "/api/me"))
				.header("Cookie", cookie)
				.GET());
			assertThat(me.statusCode()).isEqualTo(200);
			assertThat(JsonPath.<String>read(me.body(), "$.role")).isEqualTo("FINANCE");

			HttpResponse<String> logout = GatewayCalls.send(HttpRequest.newBuilder(GatewayCalls.uri(otherPort, "/auth/logout"))
				.header("Cookie", cookie)
				.header("X-Requested-With", "console")
				.POST(HttpRequest.BodyPublishers.noBody()));
			assertThat(logout.statusCode()).isEqualTo(204);
			assertThat(withCookie("/api/me", cookie).statusCode()).as("on the instance that logged in").isEqualTo(401);
		}
	}

	@Test
	void theResidentsCommitteeGivesItsCommunityOnTheLoginPage() {
		String cookie = logIn("jinsongbei-committee", "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

		HttpResponse<String> me = withCookie("/api/me", cookie);
		assertThat(JsonPath.<String>read(me.body(), "$.role")).isEqualTo("COMMUNITY_ORG");
		assertThat(JsonPath.<String>read(me.body(), "$.scope.community")).isEqualTo("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
	}

	@Test
	void aCallbackWithoutAKnownLoginIsRefusedAndAnUnknownSessionIsUnauthenticated() {
		HttpResponse<String> callback = GatewayCalls.get(port, "/auth/callback?code=x&state=never-issued", null);
		assertThat(callback.statusCode()).isEqualTo(400);
		assertThat(callback.body()).contains("state");

		assertThat(withCookie("/api/me", ConsoleSessions.COOKIE + "=made-up").statusCode()).isEqualTo(401);
	}

	@Test
	void theIssuerRedeemsACodeOnlyOnceAndOnlyWithItsPkceVerifier() {
		HttpResponse<String> start = GatewayCalls.get(port, "/auth/login", null);
		URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
		Map<String, String> form = query(authorize.getRawQuery());
		form.put("user", "finance");
		HttpResponse<String> chosen = GatewayCalls.send(HttpRequest.newBuilder(URI.create(ISSUER.issuerUri() + "/authorize"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form))));
		Map<String, String> back = query(URI.create(chosen.headers().firstValue("Location").orElseThrow()).getRawQuery());

		Map<String, String> redeem = new LinkedHashMap<>();
		redeem.put("grant_type", "authorization_code");
		redeem.put("code", back.get("code"));
		redeem.put("redirect_uri", form.get("redirect_uri"));
		redeem.put("code_verifier", "a-verifier-that-is-long-enough-but-not-the-one-0123456789");
		HttpResponse<String> stolen = GatewayCalls.send(HttpRequest.newBuilder(URI.create(ISSUER.issuerUri() + "/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(redeem))));
		assertThat(stolen.statusCode()).isEqualTo(400);
		assertThat(stolen.body()).contains("invalid_grant");

		// the code was spent by that attempt: the gateway's own redemption fails too, and no session opens
		HttpResponse<String> callback = GatewayCalls.send(HttpRequest.newBuilder(URI.create(
				"http://127.0.0.1:" + port + "/auth/callback?code=" + back.get("code") + "&state=" + back.get("state")))
			.GET());
		assertThat(callback.statusCode()).isGreaterThanOrEqualTo(400);
		assertThat(callback.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void bearerTokensWorkAsBefore() {
		HttpResponse<String> me = GatewayCalls.get(port, "/api/me", ISSUER.tokenFor("FINANCE"));
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(me.body(), "$.role")).isEqualTo("FINANCE");
	}

	/** The browser's part of the login; answers the session cookie ("name=value"). */
	private String logIn(String user, String community) {
		HttpResponse<String> start = GatewayCalls.get(port, "/auth/login", null);
		assertThat(start.statusCode()).isEqualTo(302);
		URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
		assertThat(authorize.toString()).startsWith(ISSUER.issuerUri() + "/authorize?");

		HttpResponse<String> page = GatewayCalls.send(HttpRequest.newBuilder(authorize).GET());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("朝阳区", "劲松街道", "劲松北社区", "责任规划师", "市财政局");

		Map<String, String> form = query(authorize.getRawQuery());
		form.put("user", user);
		if (community != null) {
			form.put("community", community);
		}
		HttpResponse<String> chosen = GatewayCalls.send(HttpRequest.newBuilder(URI.create(ISSUER.issuerUri() + "/authorize"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form))));
		assertThat(chosen.statusCode()).isEqualTo(302);
		URI back = URI.create(chosen.headers().firstValue("Location").orElseThrow());
		assertThat(back.getPath()).isEqualTo("/auth/callback");

		HttpResponse<String> callback = GatewayCalls.send(HttpRequest.newBuilder(back).GET());
		assertThat(callback.statusCode()).isEqualTo(302);
		assertThat(callback.headers().firstValue("Location")).contains("/");
		String setCookie = callback.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(setCookie).startsWith(ConsoleSessions.COOKIE + "=").containsIgnoringCase("HttpOnly").contains("SameSite=Lax");
		assertThat(setCookie).doesNotContain(".ey"); // a session id, not a JWT
		return setCookie.substring(0, setCookie.indexOf(';'));
	}

	private HttpResponse<String> withCookie(String path, String cookie) {
		return GatewayCalls.send(HttpRequest.newBuilder(GatewayCalls.uri(port, path)).header("Cookie", cookie).GET());
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return values;
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
