package cn.bjrenovation.platform.testing.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a request exactly as generated — raw body bytes, any Content-Type or none, the path and query as
 * written (percent-encoding included) — to a service's HTTP port, and judges the answer: no 5xx, and every
 * refusal problem+json naming a field ({@code errors[].field}) or saying why ({@code detail}), leaking no
 * implementation (Java types, exceptions, SQL).
 */
public final class RawHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Names of the implementation that an answer to a department's system must not show. */
	private static final Pattern LEAK = Pattern.compile(
			"\\b(java|javax|jakarta|sun|org\\.springframework|org\\.apache|tools\\.jackson|com\\.fasterxml|org\\.postgresql|io\\.grpc|com\\.google)\\.[a-zA-Z]"
					+ "|\\w+(Exception|Error)\\b|\\bat [a-z]+(\\.[a-zA-Z$_]+)+\\(|SQLState|SQL state|ERROR: |\\bint\\b'|'int'|'long'|Integer'|Long'|"
					+ "\\bClass<|\\bjava\\b");

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	public RawHttp(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public record Answer(int status, String contentType, String body) {

		@Override
		public String toString() {
			return status + " " + contentType + " " + FuzzRun.clip(body);
		}

	}

	/** A request as sent: for the report. */
	public record Request(String method, String target, String contentType, byte[] body) {

		@Override
		public String toString() {
			String shown = body == null ? "" : " [" + (contentType == null ? "no Content-Type" : contentType) + "] "
					+ new String(body, StandardCharsets.UTF_8);
			return method + " " + target + shown;
		}

	}

	public Answer send(String token, Request request) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.target()))
			.timeout(Duration.ofSeconds(60));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		if (request.contentType() != null) {
			builder.header("Content-Type", request.contentType());
		}
		builder.header("Accept", "application/json, application/problem+json, application/geo+json, */*");
		builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(request.body()));
		try {
			HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
					new String(response.body(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			return new Answer(-1, null, "no answer: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What is wrong with the answer to a caller holding the duty, as finding groups (empty: nothing): a 5xx or
	 * no answer; a refusal that is not problem+json, names no field and gives no detail, or leaks the
	 * implementation; 401 for a valid token.
	 */
	public static List<String> judge(Answer answer) {
		List<String> wrong = new ArrayList<>();
		if (answer.status() < 0) {
			wrong.add("no answer (connection failed)");
			return wrong;
		}
		if (answer.status() >= 500) {
			wrong.add("5xx: " + answer.status());
			return wrong;
		}
		if (answer.status() < 400) {
			return wrong;
		}
		if (answer.status() == 401) {
			wrong.add("401 for a valid token (" + answer.contentType() + ")");
			return wrong;
		}
		if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
			wrong.add(answer.status() + " refusal not problem+json (" + answer.contentType() + ")");
			return wrong;
		}
		JsonNode problem;
		try {
			problem = JSON.readTree(answer.body());
		}
		catch (RuntimeException ex) {
			wrong.add(answer.status() + " problem+json body does not parse");
			return wrong;
		}
		boolean namesFields = problem.path("errors").isArray() && !problem.path("errors").isEmpty();
		for (JsonNode error : problem.path("errors")) {
			if (error.path("field").asString("").isBlank()) {
				namesFields = false;
			}
		}
		boolean detailed = !problem.path("detail").asString("").isBlank();
		if (!namesFields && !detailed) {
			wrong.add(answer.status() + " refusal names no field (errors[].field) and has no detail");
		}
		if (LEAK.matcher(answer.body()).find()) {
			wrong.add(answer.status() + " refusal leaks implementation names");
		}
		return wrong;
	}

	/** The leaked implementation name in the body, for grouping findings finely; null when none. */
	public static String leak(String body) {
		var matcher = LEAK.matcher(body);
		return matcher.find() ? matcher.group() : null;
	}

}
