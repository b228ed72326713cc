package cn.bjrenovation.housing.community;

import java.time.Duration;
import java.util.Map;

import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SASAC's duty (A2 市国资委): it registers and imports city SOE non-operating-asset communities (市属非经) in any
 * district, and is refused, with the reason, for any other property rights — a condition of its grants in the
 * duty policy, not a rule in the code.
 */
@ServiceTest
class SasacDutyTest {

	private static final String SASAC = TestInfrastructure.token("SASAC");

	private static final String SOE = "CITY_SOE_NON_OPERATING";

	private static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=utf-8");

	@Autowired
	LocalHttp http;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sasacRegistersACitySoeCommunityInAnyDistrict() {
		Map<String, Object> haidian = Surveys.community("国企宿舍" + Surveys.unique(), "110108", "110108001", 1978);
		haidian.put("propertyRights", SOE);

		ResponseEntity<JsonNode> created = http.post(SASAC, haidian, "/api/housing/communities");

		assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
		assertThat(created.getBody().get("propertyRights").asText()).isEqualTo(SOE);
	}

	@Test
	void sasacIsRefusedAMunicipalCommunityWithTheReason() {
		String name = "市属小区" + Surveys.unique();

		ResponseEntity<JsonNode> refused = http.post(SASAC, Surveys.community(name, "110105", "110105017", 1978),
				"/api/housing/communities");

		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(refused.getBody().get("operation").asText()).isEqualTo("housing.community.register");
		assertThat(refused.getBody().get("detail").asText()).contains("SASAC", "propertyRights", SOE, "MUNICIPAL");
		assertThat(named(name)).isZero();
	}

	@Test
	void sasacImportsItsSoeRowsAndEveryOtherRowIsRefusedWithTheReason() {
		String tag = "国资导入" + Surveys.unique();
		String file = String.join("\n", Surveys.COMMUNITY_HEADER,
				soe(Surveys.communityRow(tag + "-朝阳", "110105", "110105017", 1978)),
				soe(Surveys.communityRow(tag + "-海淀", "110108", "110108001", 1985)),
				Surveys.communityRow(tag + "-市属", "110105", "110105017", 1980)) + "\n";

		ResponseEntity<JsonNode> started = http.post(SASAC, CSV, file, "/api/housing/survey-imports/communities");
		JsonNode report = completed(started);

		assertThat(report.get("importedRows").asInt()).isEqualTo(2);
		assertThat(report.get("rejectedRows").asInt()).isEqualTo(1);
		assertThat(report.get("problems")).hasSize(1);
		JsonNode problem = report.get("problems").get(0);
		assertThat(problem.get("line").asInt()).isEqualTo(4);
		assertThat(problem.get("field").asText()).isEqualTo("propertyRights");
		assertThat(problem.get("reason").asText()).contains(SOE, "MUNICIPAL");
		assertThat(named(tag + "-朝阳") + named(tag + "-海淀")).isEqualTo(2);
		assertThat(named(tag + "-市属")).isZero();
	}

	@Test
	void sasacIsRefusedAnOwnershipCaseOfAnotherKindWithTheReason() {
		Map<String, Object> body = Surveys.community("央企宿舍" + Surveys.unique(), "110105", "110105017", 1975);
		body.put("propertyRights", "CENTRAL_SOE");
		String community = http.post(TestInfrastructure.token("HOUSING"), body, "/api/housing/communities")
			.getBody()
			.get("id")
			.asText();

		ResponseEntity<JsonNode> refused = http.post(SASAC,
				Map.of("communityId", community, "kind", "CENTRAL_SOE", "ownerName", "某央企"),
				"/api/housing/ownership-cases");

		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(refused.getBody().get("operation").asText()).isEqualTo("housing.ownership.register");
		assertThat(refused.getBody().get("detail").asText()).contains("propertyRights", SOE, "CENTRAL_SOE");
	}

	private static String soe(String row) {
		return row.replace(",MUNICIPAL,", "," + SOE + ",");
	}

	private long named(String name) {
		return jdbc.sql("SELECT count(*) FROM community WHERE name = :name").param("name", name).query(Long.class)
			.single();
	}

	/** SASAC follows its own import until it is done (housing.survey-import.read). */
	private JsonNode completed(ResponseEntity<JsonNode> started) {
		assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(202);
		String location = started.getHeaders().getLocation().toString();
		JsonNode[] report = new JsonNode[1];
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			ResponseEntity<JsonNode> read = http.get(SASAC, location);
			assertThat(read.getStatusCode().value()).as(String.valueOf(read.getBody())).isEqualTo(200);
			report[0] = read.getBody();
			return !"RUNNING".equals(report[0].get("status").asText());
		});
		assertThat(report[0].get("status").asText()).as(report[0].toString()).isEqualTo("COMPLETED");
		return report[0];
	}

}
