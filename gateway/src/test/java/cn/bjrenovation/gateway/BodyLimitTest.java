package cn.bjrenovation.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import cn.bjrenovation.devissuer.DevIssuer;
import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A route's body limit holds however the body is sent: with a {@code Content-Length} or chunked, the caller gets
 * 413 problem+json and the service behind never receives a whole oversized request. A real HTTP server stands in
 * for housing and counts the requests it read to the end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BodyLimitTest {

	private static final DevIssuer ISSUER = GatewayCalls.startIssuer();

	private static final AtomicInteger WHOLE_BODIES_READ = new AtomicInteger();

	private static final HttpServer HOUSING = startHousing();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("renovation.gateway.jwt.issuer-uri", ISSUER::issuerUri);
		registry.add("renovation.gateway.audit.enabled", () -> "false");
		registry.add("HOUSING_URL", () -> "http://127.0.0.1:" + HOUSING.getAddress().getPort());
		registry.add("GATEWAY_MAX_REQUEST_SIZE", () -> "64KB");
	}

	@AfterAll
	static void stop() {
		ISSUER.close();
		HOUSING.stop(0);
	}

	@Test
	void aChunkedBodyWithinTheLimitPassesWhole() {
		int before = WHOLE_BODIES_READ.get();

		HttpResponse<String> passed = post(chunked(json(10_000)));

		assertThat(passed.statusCode()).isEqualTo(200);
		assertThat(WHOLE_BODIES_READ.get()).isEqualTo(before + 1);
	}

	@Test
	void aChunkedBodyAboveTheLimitIsRefusedAndNeverReachesTheServiceWhole() {
		int before = WHOLE_BODIES_READ.get();

		HttpResponse<String> refused = post(chunked(json(2_000_000)));

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JsonPath.<String>read(refused.body(), "$.detail")).contains("64 KB");
		assertThat(WHOLE_BODIES_READ.get()).isEqualTo(before);
	}

	@Test
	void aDeclaredLengthAboveTheLimitIsRefusedAsProblemJson() {
		HttpResponse<String> refused = post(HttpRequest.BodyPublishers.ofString(json(200_000)));

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(JsonPath.<String>read(refused.body(), "$.type")).endsWith("/request-too-large");
	}

	private HttpResponse<String> post(HttpRequest.BodyPublisher body) {
		return GatewayCalls.send(HttpRequest.newBuilder(GatewayCalls.uri(port, "/api/housing/communities"))
			.header("Authorization", "Bearer " + ISSUER.tokenFor("HOUSING"))
			.header("Content-Type", "application/json")
			.POST(body));
	}

	/** No length known in advance: the client sends {@code Transfer-Encoding: chunked}. */
	private static HttpRequest.BodyPublisher chunked(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
	}

	private static String json(int nameLength) {
		return "{\"name\":\"" + "x".repeat(nameLength) + "\"}";
	}

	/** Reads each request body to its end, counts those read whole, answers 200. */
	private static HttpServer startHousing() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", exchange -> {
				try (InputStream in = exchange.getRequestBody()) {
					in.readAllBytes();
					WHOLE_BODIES_READ.incrementAndGet();
					exchange.sendResponseHeaders(200, -1);
				}
				catch (IOException cutOff) {
					// the gateway broke the request off: nothing whole arrived
				}
				finally {
					exchange.close();
				}
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
