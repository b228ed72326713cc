package cn.bjrenovation.gateway;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import cn.bjrenovation.devissuer.DevIssuer;
import cn.bjrenovation.platform.envelope.TraceContext;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The trace context a service receives through the gateway, read by a real HTTP server behind it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallTraceTest {

	private static final String CALLERS_TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	private static final DevIssuer ISSUER = GatewayCalls.startIssuer();

	private static final BlockingQueue<String> RECEIVED = new LinkedBlockingQueue<>();

	private static final HttpServer HOUSING = startHousing();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("renovation.gateway.jwt.issuer-uri", ISSUER::issuerUri);
		registry.add("renovation.gateway.audit.enabled", () -> "false");
		registry.add("HOUSING_URL", () -> "http://127.0.0.1:" + HOUSING.getAddress().getPort());
	}

	@AfterAll
	static void stop() {
		ISSUER.close();
		HOUSING.stop(0);
	}

	@Test
	void aCallWithoutATraceGetsOneTheServiceSees() throws InterruptedException {
		assertThat(get(null).statusCode()).isEqualTo(200);

		String forwarded = RECEIVED.poll(5, TimeUnit.SECONDS);
		assertThat(TraceContext.isValid(forwarded)).as(forwarded).isTrue();
	}

	@Test
	void theCallersOwnTraceIsKeptAndAMalformedOneReplaced() throws InterruptedException {
		get(CALLERS_TRACE);
		assertThat(RECEIVED.poll(5, TimeUnit.SECONDS)).isEqualTo(CALLERS_TRACE);

		get("not-a-trace");
		String replaced = RECEIVED.poll(5, TimeUnit.SECONDS);
		assertThat(replaced).isNotEqualTo("not-a-trace");
		assertThat(TraceContext.isValid(replaced)).as(replaced).isTrue();
	}

	private HttpResponse<String> get(String traceparent) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(GatewayCalls.uri(port, "/api/housing/communities/6f1c2a9e-3b7d-4c58-9e21-5a0d4b7c8e13"))
			.header("Authorization", "Bearer " + ISSUER.tokenFor("HOUSING"));
		if (traceparent != null) {
			request.header("traceparent", traceparent);
		}
		return GatewayCalls.send(request);
	}

	/** Answers every call 200 and keeps the traceparent it was sent. */
	private static HttpServer startHousing() {
		return GatewayCalls.upstream(exchange -> {
			String traceparent = exchange.getRequestHeaders().getFirst("traceparent");
			RECEIVED.add(traceparent == null ? "(none)" : traceparent);
		});
	}

}
