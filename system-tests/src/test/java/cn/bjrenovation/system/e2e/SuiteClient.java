package cn.bjrenovation.system.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

/** Calls the running suite through its gateway, as a department's console would. */
final class SuiteClient {

	/** A response: status, content type and the body as a JSON document (empty object when none). */
	record Answer(int status, String contentType, String body) {

		DocumentContext json() {
			return JsonPath.parse(body.isBlank() ? "{}" : body);
		}

		String text(String path) {
			return json().read(path, String.class);
		}

	}

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String baseUrl;

	SuiteClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	Answer get(String path, String token) {
		return send(request(path, token).GET());
	}

	Answer post(String path, String token, String json) {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** A JSON POST with headers of the caller's own (e.g. its W3C {@code traceparent}). */
	Answer post(String path, String token, String json, Map<String, String> headers) {
		HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json");
		headers.forEach(builder::header);
		return send(builder.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	Answer put(String path, String token, String json) {
		return send(request(path, token).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** Any method, with a JSON body or none: for callers that take the method from data (the duty matrix). */
	Answer call(String method, String path, String token, String json) {
		return call(method, path, token, "application/json", json);
	}

	/** Any method, with a body of the given media type (e.g. a CSV upload) or none. */
	Answer call(String method, String path, String token, String contentType, String content) {
		HttpRequest.BodyPublisher body = content == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(content);
		HttpRequest.Builder builder = request(path, token);
		if (content != null) {
			builder.header("Content-Type", contentType);
		}
		return send(builder.method(method, body));
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(15));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("the suite did not answer " + request.build().uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
