package cn.bjrenovation.platform.testing;

import java.net.http.HttpResponse;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every error answer of the suite must be: problem+json with the status, a stable
 * {@code https://bjrenovation.cn/problems/<kind>} type, a title in English and Chinese
 * ({@code "Invalid input / 输入有误"}), and nothing of the framework's or the database's insides.
 */
public final class Problems {

	/** Words that only leak from a stack trace, a Java type, a JSON library or an SQL error. */
	private static final List<String> INTERNALS = List.of("java.", "tools.jackson", "com.fasterxml", "org.springframework",
			"org.postgresql", "Exception", "jakarta.", "SQL", "ERROR:", "\tat ", "trace\"", "Whitelabel", "<html");

	private Problems() {
	}

	/** Asserts the answer is a uniform problem of that status and kind, and returns its body. */
	public static JsonNode uniform(HttpResponse<String> answer, int status, String kind) {
		assertThat(answer.statusCode()).as("status of %s", answer.body()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type"))
			.as("content type of %s", answer.body())
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode body = JsonMapper.shared().readTree(answer.body());
		assertThat(body.path("type").asString()).as(answer.body()).isEqualTo("https://bjrenovation.cn/problems/" + kind);
		assertThat(body.path("status").asInt()).as(answer.body()).isEqualTo(status);
		assertBilingualTitle(body.path("title").asString(), answer.body());
		assertNoInternals(answer.body());
		return body;
	}

	/** {@code "English / 中文"}: both halves present, the second holding Chinese. */
	public static void assertBilingualTitle(String title, String body) {
		assertThat(title).as("title of %s", body).matches("[^/]*[A-Za-z][^/]* / .*\\p{IsHan}.*");
	}

	public static void assertNoInternals(String text) {
		for (String internal : INTERNALS) {
			assertThat(text).as("no internals in the answer").doesNotContain(internal);
		}
	}

}
