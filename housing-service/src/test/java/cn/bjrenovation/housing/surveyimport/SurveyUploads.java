package cn.bjrenovation.housing.surveyimport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Uploads survey files as a Chaoyang district official and reads the import's report. */
final class SurveyUploads {

	static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=utf-8");

	static final String CHAOYANG = "110105";

	static final String JINSONG = "110105017";

	static final String DISTRICT = TestInfrastructure.token("DISTRICT", "district", CHAOYANG);

	private final LocalHttp http;

	SurveyUploads(LocalHttp http) {
		this.http = http;
	}

	ResponseEntity<JsonNode> submit(String kind, String csv) {
		return http.post(DISTRICT, CSV, csv, "/api/housing/survey-imports/" + kind);
	}

	/** The report once the import has finished, whatever its status. */
	JsonNode finished(ResponseEntity<JsonNode> started) {
		assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(202);
		String location = started.getHeaders().getLocation().toString();
		JsonNode[] report = new JsonNode[1];
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			report[0] = http.get(DISTRICT, location).getBody();
			return !"RUNNING".equals(report[0].get("status").asText());
		});
		return report[0];
	}

	JsonNode completed(ResponseEntity<JsonNode> started) {
		JsonNode report = finished(started);
		assertThat(report.get("status").asText()).as(report.toString()).isEqualTo("COMPLETED");
		return report;
	}

	/** The reason of the row's problem on that field, from the report's problems. */
	static String problem(JsonNode report, int line, String field) {
		return entry(report, "problems", line, field);
	}

	/** The reason of the row's reported change on that field. */
	static String change(JsonNode report, int line, String field) {
		return entry(report, "changes", line, field);
	}

	private static String entry(JsonNode report, String list, int line, String field) {
		JsonNode entries = report.get(list);
		if (entries != null) {
			for (JsonNode entry : entries) {
				if (entry.get("line").asInt() == line && entry.get("field").asText().equals(field)) {
					return entry.get("reason").asText();
				}
			}
		}
		throw new AssertionError("no " + list + " entry on line " + line + " for " + field + " in " + entries);
	}

	static Set<Integer> lines(JsonNode report, String list) {
		Set<Integer> lines = new HashSet<>();
		JsonNode entries = report.get(list);
		if (entries != null) {
			entries.forEach(entry -> lines.add(entry.get("line").asInt()));
		}
		return lines;
	}

	static List<String> fields(JsonNode report, String list, int line) {
		List<String> fields = new ArrayList<>();
		report.get(list).forEach(entry -> {
			if (entry.get("line").asInt() == line) {
				fields.add(entry.get("field").asText());
			}
		});
		return fields;
	}

	/**
	 * Every data row is exactly one of imported, already present, changed or rejected: the counts add up to the
	 * file's rows, and the rejected and changed rows are those the report lists.
	 */
	static void assertAccountsForEveryRow(JsonNode report, int dataRows) {
		int imported = report.get("importedRows").asInt();
		int present = report.get("alreadyPresentRows").asInt();
		int changed = report.path("changedRows").asInt(0);
		int rejected = report.get("rejectedRows").asInt();
		assertThat(report.get("totalRows").asInt()).as(report.toString()).isEqualTo(dataRows);
		assertThat(imported + present + changed + rejected).as(report.toString()).isEqualTo(dataRows);
		assertThat(report.get("processedRows").asInt()).as(report.toString()).isEqualTo(dataRows);
		assertThat(lines(report, "problems")).as(report.toString()).hasSize(rejected);
		assertThat(lines(report, "changes")).as(report.toString()).hasSize(changed);
		assertThat(Collections.disjoint(lines(report, "changes"), lines(report, "problems"))).as(report.toString())
			.isTrue();
	}

}
