package cn.bjrenovation.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * Calls through the gateway as an official would make them, each printed as one line — who (role and scope), the call,
 * the answer — so a walk reads as the story of a project. A refusal other than the one expected stops the walk with
 * {@link Refused}, naming the call and the answer's problem.
 */
final class GatewayCalls {

	/** A call answered otherwise than expected. */
	static final class Refused extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}

	}

	/** Who makes a call: a label for the story (e.g. {@code DISTRICT 110105}) and their token. */
	record Official(String label, String token) {
	}

	/** An answer: its status and its JSON body, read by paths like {@code "status"} or {@code "plan.status"}. */
	record Answer(int status, String body) {

		Map<String, Object> json() {
			try {
				return JSONObjectUtils.parse(body);
			}
			catch (ParseException ex) {
				throw new Refused("not JSON: " + abbreviated(body));
			}
		}

		String text(String path) {
			Object value = at(json(), path);
			return value == null ? null : String.valueOf(value);
		}

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> list(String path) {
			Object value = at(json(), path);
			return value == null ? List.of() : (List<Map<String, Object>>) value;
		}

		@SuppressWarnings("unchecked")
		static Object at(Map<String, Object> json, String path) {
			Object value = json;
			for (String name : path.split("\\.")) {
				if (!(value instanceof Map<?, ?> object)) {
					return null;
				}
				value = ((Map<String, Object>) object).get(name);
			}
			return value;
		}

	}

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final URI gateway;

	private final PrintStream out;

	private int calls;

	GatewayCalls(String gatewayUrl, PrintStream out) {
		this.gateway = URI.create(gatewayUrl);
		this.out = out;
	}

	int calls() {
		return calls;
	}

	/** A read, not printed (the walk prints what it changes). */
	Answer get(Official who, String path) {
		return send(who, "GET", path, null);
	}

	/** A change that must answer {@code expected}; printed. */
	Answer call(Official who, String method, String path, Map<String, ?> body, int expected, String what) {
		return reported(who, method, path, send(who, method, path, body == null ? null : JSONObjectUtils.toJSONString(body)),
				expected, what);
	}

	private Answer reported(Official who, String method, String path, Answer answer, int expected, String what) {
		calls++;
		String outcome = answer.status() == expected ? summary(answer) : problem(answer);
		out.printf(Locale.ROOT, "  %3d  %-24s %-28s %-4s %s → %d %s%n", calls, who.label(), what, method, path,
				answer.status(), outcome);
		if (answer.status() != expected) {
			throw new Refused(method + " " + path + " as " + who.label() + " answered " + answer.status() + ": "
					+ problem(answer));
		}
		return answer;
	}

	/**
	 * A change that waits on a fact still travelling over Kafka (e.g. the joint acceptance reaching pipeline): tried
	 * again while its answer says the fact has not arrived ({@code notYet}), for up to 90 s; printed once, with its
	 * last answer.
	 */
	Answer callWhenReady(Official who, String method, String path, Map<String, ?> body, int expected, String what,
			Predicate<Answer> notYet) {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		Answer answer = send(who, method, path, JSONObjectUtils.toJSONString(body));
		while (notYet.test(answer) && System.nanoTime() < deadline) {
			pause(Duration.ofMillis(500));
			answer = send(who, method, path, JSONObjectUtils.toJSONString(body));
		}
		return reported(who, method, path, answer, expected, what);
	}

	/** Polls a read until its answer passes; waits for facts that travel over Kafka. */
	Answer await(String what, Official who, String path, Predicate<Answer> until) {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		Answer answer;
		do {
			answer = get(who, path);
			if (until.test(answer)) {
				return answer;
			}
			pause(Duration.ofMillis(300));
		}
		while (System.nanoTime() < deadline);
		throw new Refused("waited 90 s for " + what + "; last answer to GET " + path + ": " + answer.status() + " "
				+ abbreviated(answer.body()));
	}

	private Answer send(Official who, String method, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
			.header("Authorization", "Bearer " + who.token())
			.timeout(Duration.ofMinutes(2));
		if (json == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (int tries = 0; response.statusCode() == 429 && tries < 40; tries++) {
				pause(Duration.ofMillis(250));
				response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			}
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new Refused(method + " " + path + " failed: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Refused(method + " " + path + " interrupted");
		}
	}

	private static String summary(Answer answer) {
		if (answer.body() == null || answer.body().isBlank() || !answer.body().startsWith("{")) {
			return "";
		}
		String status = answer.text("status");
		return status == null ? "" : status;
	}

	private static String problem(Answer answer) {
		if (answer.body() != null && answer.body().startsWith("{")) {
			String detail = answer.text("detail");
			if (detail != null) {
				return abbreviated(detail);
			}
		}
		return abbreviated(answer.body());
	}

	static String abbreviated(String text) {
		String flat = text == null ? "" : text.replaceAll("\\s+", " ");
		return flat.length() > 300 ? flat.substring(0, 300) + " …" : flat;
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Refused("interrupted");
		}
	}

}
