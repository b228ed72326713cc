package cn.bjrenovation.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;

import cn.bjrenovation.devissuer.DevIssuer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** What the gateway tests share: a real token issuer, a port nobody listens on, and calls over real HTTP. */
final class GatewayCalls {

	/** A gateway that does not answer fails the test instead of hanging it. */
	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

	private GatewayCalls() {
	}

	/**
	 * A client, and so a connection, of the call's own. The JDK client may put a connection back in its pool while the
	 * request body it was sending is cut short by an early answer (a refusal before the body was read); a later call on
	 * it is then read by the gateway as the rest of that body, and hangs. Browsers and curl do not do this; a test
	 * must not depend on it.
	 */
	private static HttpClient client() {
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	}

	static DevIssuer startIssuer() {
		try {
			return DevIssuer.startEphemeral();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A local port that was free a moment ago: connecting to it is refused. */
	static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A stand-in service on a free local port: answers every call 200 {@code {}}, after showing it to {@code seen}. */
	static HttpServer upstream(Consumer<HttpExchange> seen) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", exchange -> {
				seen.accept(exchange);
				byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static URI uri(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** {@code GET} with a bearer token (or none). */
	static HttpResponse<String> get(int port, String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client().send(request.timeout(ANSWER_WITHIN).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
