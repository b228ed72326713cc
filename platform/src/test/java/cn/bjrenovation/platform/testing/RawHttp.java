package cn.bjrenovation.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Requests exactly as written — a request target with {@code %00} in it, any method, any media type — sent
 * over a real socket to a port on this machine, for tests of what a service answers to odd calls.
 */
public final class RawHttp {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String host;

	private final int port;

	private RawHttp(String host, int port) {
		this.host = host;
		this.port = port;
	}

	public static RawHttp on(int port) {
		return new RawHttp("127.0.0.1", port);
	}

	public static RawHttp on(String host, int port) {
		return new RawHttp(host, port);
	}

	/**
	 * @param target path and query as sent, already percent-encoded
	 * @param headers name, value, name, value, ...
	 */
	public HttpResponse<String> send(String method, String target, String token, String body, String... headers) {
		return exchange(method, target, token,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body), headers);
	}

	/** As {@link #send}, with a body of bytes as given (not necessarily text). */
	public HttpResponse<String> sendBytes(String method, String target, String token, byte[] body, String... headers) {
		return exchange(method, target, token, HttpRequest.BodyPublishers.ofByteArray(body), headers);
	}

	private HttpResponse<String> exchange(String method, String target, String token, HttpRequest.BodyPublisher body,
			String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + target))
			.timeout(Duration.ofSeconds(30))
			.method(method, body);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> get(String target, String token, String... headers) {
		return send("GET", target, token, null, headers);
	}

}
