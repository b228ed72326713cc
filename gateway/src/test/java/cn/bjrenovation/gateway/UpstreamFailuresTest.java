package cn.bjrenovation.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

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
 * Behind the gateway, over real sockets: housing-service accepts connections but never answers, finance-service
 * is not there at all. The caller gets 504 and 503 problem+json naming the service, not a generic error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UpstreamFailuresTest {

	private static final DevIssuer ISSUER = GatewayCalls.startIssuer();

	private static final SilentService SILENT_HOUSING = new SilentService();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		int closedPort = GatewayCalls.closedPort();
		registry.add("renovation.gateway.jwt.issuer-uri", ISSUER::issuerUri);
		registry.add("renovation.gateway.audit.enabled", () -> "false");
		registry.add("HOUSING_URL", () -> "http://127.0.0.1:" + SILENT_HOUSING.port());
		registry.add("FINANCE_URL", () -> "http://127.0.0.1:" + closedPort);
		registry.add("GATEWAY_RESPONSE_TIMEOUT", () -> "500ms");
	}

	@AfterAll
	static void stop() throws IOException {
		ISSUER.close();
		SILENT_HOUSING.close();
	}

	@Test
	void aServiceThatDoesNotAnswerInTimeIsAGatewayTimeout() {
		HttpResponse<String> answer = get("/api/housing/communities/6f1c2a9e-3b7d-4c58-9e21-5a0d4b7c8e13");

		assertThat(answer.statusCode()).isEqualTo(504);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JsonPath.<String>read(answer.body(), "$.detail")).isEqualTo("housing-service did not answer in time");
	}

	@Test
	void aServiceThatIsNotThereIsUnavailable() {
		HttpResponse<String> answer = get("/api/finance/fiscal-capacity/2026");

		assertThat(answer.statusCode()).isEqualTo(503);
		assertThat(JsonPath.<String>read(answer.body(), "$.detail")).startsWith("finance-service cannot be reached");
	}

	private HttpResponse<String> get(String path) {
		return GatewayCalls.get(port, path, ISSUER.tokenFor("HOUSING"));
	}

	/** Accepts every connection and reads nothing, answers nothing. */
	private static final class SilentService implements AutoCloseable {

		private final ServerSocket socket;

		private final List<Socket> accepted = new ArrayList<>();

		SilentService() {
			try {
				socket = new ServerSocket(0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Thread acceptor = new Thread(this::acceptForever, "silent-service");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return socket.getLocalPort();
		}

		private void acceptForever() {
			try {
				while (!socket.isClosed()) {
					Socket connection = socket.accept();
					synchronized (accepted) {
						accepted.add(connection);
					}
				}
			}
			catch (IOException closed) {
				// the test is over
			}
		}

		@Override
		public void close() throws IOException {
			socket.close();
			synchronized (accepted) {
				for (Socket connection : accepted) {
					connection.close();
				}
			}
		}

	}

}
