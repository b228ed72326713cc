package cn.bjrenovation.housing.surveyimport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import cn.bjrenovation.housing.community.Surveys;
import cn.bjrenovation.platform.testing.ServiceTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.bjrenovation.housing.surveyimport.SurveyUploads.CHAOYANG;
import static cn.bjrenovation.housing.surveyimport.SurveyUploads.DISTRICT;
import static cn.bjrenovation.housing.surveyimport.SurveyUploads.JINSONG;
import static org.assertj.core.api.Assertions.assertThat;

/** A survey file is text/csv in UTF-8; any other body is refused with 415 and nothing is written. */
@ServiceTest
class SurveyUploadContentTypeTest {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "application/json", "application/xml", "text/plain; charset=utf-8",
			"application/octet-stream", "text/csv; charset=gbk", "text/csv; charset=iso-8859-1", "not a media type" })
	void anythingButCsvInUtf8IsRefusedAndNothingIsWritten(String contentType) throws Exception {
		String name = "类型" + Surveys.unique();
		long imports = imports();

		HttpResponse<String> answer = post("communities", contentType, csv(name));

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		String detail = JsonPath.read(answer.body(), "$.detail");
		assertThat(detail).contains("Content-Type", "text/csv", "UTF-8");
		if (contentType != null && contentType.contains("charset=")) {
			assertThat(detail).contains(contentType.substring(contentType.indexOf("charset=") + 8));
		}
		assertThat(post("buildings", contentType, Surveys.BUILDING_HEADER + "\n").statusCode()).isEqualTo(415);
		assertThat(imports()).isEqualTo(imports);
		assertThat(jdbc.sql("SELECT count(*) FROM community WHERE name = :name").param("name", name)
			.query(Long.class).single()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/csv", "text/csv; charset=UTF-8", "text/csv;charset=utf8", "TEXT/CSV; charset=\"utf-8\"" })
	void csvWithOrWithoutAUtf8CharsetIsAccepted(String contentType) throws Exception {
		HttpResponse<String> answer = post("communities", contentType, csv("类型" + Surveys.unique()));

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
	}

	private static String csv(String name) {
		return Surveys.COMMUNITY_HEADER + "\n" + Surveys.communityRow(name, CHAOYANG, JINSONG, 1980) + "\n";
	}

	private long imports() {
		return jdbc.sql("SELECT count(*) FROM survey_import").query(Long.class).single();
	}

	private HttpResponse<String> post(String kind, String contentType, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/housing/survey-imports/" + kind))
			.header("Authorization", "Bearer " + DISTRICT)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
