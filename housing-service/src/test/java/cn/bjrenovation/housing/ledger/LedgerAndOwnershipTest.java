package cn.bjrenovation.housing.ledger;

import java.util.Map;

import cn.bjrenovation.housing.community.Surveys;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The dangerous-building ledger (district keeps its own, worst first) and ownership cases (先改造、后移交). */
@ServiceTest
class LedgerAndOwnershipTest {

	private static final String HOUSING = TestInfrastructure.token("HOUSING");

	private static final String CHAOYANG = TestInfrastructure.token("DISTRICT", "district", "110105");

	private static final String HAIDIAN = TestInfrastructure.token("DISTRICT", "district", "110108");

	@Autowired
	LocalHttp http;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyTheBuildingsOwnDistrictAppraisesItAndTheLedgerListsTheMostDangerousFirst() {
		String community = register("危楼小区" + Surveys.unique(), "MUNICIPAL");
		String cracked = building(community, "1号楼");
		String collapsing = building(community, "2号楼");
		Map<String, Object> gradeD = Map.of("grade", "D", "plan", "RELOCATE", "appraisedOn", "2026-03-01");

		ResponseEntity<JsonNode> outside = http.put(HAIDIAN, gradeD, "/api/housing/buildings/{id}/appraisal", collapsing);
		ResponseEntity<JsonNode> byCommission = http.put(HOUSING, gradeD, "/api/housing/buildings/{id}/appraisal",
				collapsing);
		ResponseEntity<JsonNode> withoutPlan = http.put(CHAOYANG, Map.of("grade", "C", "appraisedOn", "2026-03-01"),
				"/api/housing/buildings/{id}/appraisal", cracked);
		http.put(CHAOYANG, Map.of("grade", "C", "plan", "REINFORCE", "appraisedOn", "2026-02-01"),
				"/api/housing/buildings/{id}/appraisal", cracked);
		ResponseEntity<JsonNode> graded = http.put(CHAOYANG, gradeD, "/api/housing/buildings/{id}/appraisal", collapsing);

		assertThat(outside.getStatusCode().value()).isEqualTo(404);
		assertThat(byCommission.getStatusCode().value()).isEqualTo(403);
		assertThat(withoutPlan.getStatusCode().value()).isEqualTo(400);
		assertThat(withoutPlan.getBody().get("errors").get(0).get("field").asText()).isEqualTo("plan");
		assertThat(graded.getStatusCode().value()).isEqualTo(200);
		JsonNode ledger = http.get(HOUSING, "/api/housing/dangerous-buildings?pageSize=500").getBody();
		int d = indexOf(ledger, collapsing);
		int c = indexOf(ledger, cracked);
		assertThat(d).isNotNegative().isLessThan(c);
		assertThat(ledger.get(d).get("plan").asText()).isEqualTo("RELOCATE");
		assertThat(http.get(HAIDIAN, "/api/housing/dangerous-buildings?pageSize=500").getBody().findValuesAsString(
				"buildingId")).doesNotContain(collapsing);
		assertThat(http.get(CHAOYANG, "/api/housing/buildings/{id}/appraisals", collapsing).getBody()).hasSize(1);
		JsonNode map = http.get(CHAOYANG, "/api/housing/map/dangerous-buildings").getBody();
		assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
		assertThat(map.get("features").findValuesAsString("buildingId")).contains(collapsing, cracked);
		assertThat(http.get(HAIDIAN, "/api/housing/map/dangerous-buildings").getBody().get("features")
			.findValuesAsString("buildingId")).doesNotContain(collapsing);
		assertThat(http.get(HOUSING, "/api/housing/dangerous-buildings?pageSize=501").getStatusCode().value())
			.isEqualTo(400);
		assertThat(http.get(HAIDIAN, "/api/housing/buildings/{id}/appraisals", collapsing).getStatusCode().value())
			.isEqualTo(404);
	}

	@Test
	void anotherDistrictsBuildingIsAnsweredExactlyLikeAnUnknownIdNotRevealingWhereItIs() {
		String community = register("越区评定" + Surveys.unique(), "MUNICIPAL");
		String theirs = building(community, "1号楼");
		String unknown = java.util.UUID.randomUUID().toString();
		Map<String, Object> gradeD = Map.of("grade", "D", "plan", "RELOCATE", "appraisedOn", "2026-03-01");

		ResponseEntity<JsonNode> outside = http.put(HAIDIAN, gradeD, "/api/housing/buildings/{id}/appraisal", theirs);
		ResponseEntity<JsonNode> absent = http.put(HAIDIAN, gradeD, "/api/housing/buildings/{id}/appraisal", unknown);

		assertThat(outside.getStatusCode().value()).as(String.valueOf(outside.getBody())).isEqualTo(404);
		assertThat(absent.getStatusCode().value()).isEqualTo(404);
		assertThat(outside.getBody().get("detail").asText().replace(theirs, unknown))
			.isEqualTo(absent.getBody().get("detail").asText());
		assertThat(outside.getBody().toString()).doesNotContain(community, "110105");
		assertThat(jdbc.sql("SELECT count(*) FROM building_appraisal WHERE building_id = CAST(:id AS uuid)")
			.param("id", theirs)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void freeTextIsRefusedWhenASpreadsheetWouldRunItOrTheDatabaseRefuseIt() {
		String community = register("自由文本台账" + Surveys.unique(), "CITY_SOE_NON_OPERATING");
		String building = building(community, "1号楼");

		ResponseEntity<JsonNode> note = http.put(CHAOYANG,
				Map.of("grade", "C", "plan", "REINFORCE", "appraisedOn", "2026-03-01", "note", "=cmd|' /C calc'!A0"),
				"/api/housing/buildings/{id}/appraisal", building);
		ResponseEntity<JsonNode> nul = http.put(CHAOYANG,
				Map.of("grade", "C", "plan", "REINFORCE", "appraisedOn", "2026-03-01", "note", "裂缝\u0000"),
				"/api/housing/buildings/{id}/appraisal", building);
		ResponseEntity<JsonNode> owner = http.post(HOUSING,
				Map.of("communityId", community, "kind", "CITY_SOE_NON_OPERATING", "ownerName", "@首开集团"),
				"/api/housing/ownership-cases");
		ResponseEntity<JsonNode> ownerNul = http.post(HOUSING,
				Map.of("communityId", community, "kind", "CITY_SOE_NON_OPERATING", "ownerName", "首开\u0000集团"),
				"/api/housing/ownership-cases");
		ResponseEntity<JsonNode> plain = http.put(CHAOYANG,
				Map.of("grade", "C", "plan", "REINFORCE", "appraisedOn", "2026-03-01", "note", "墙体裂缝 -2cm"),
				"/api/housing/buildings/{id}/appraisal", building);

		for (ResponseEntity<JsonNode> refused : java.util.List.of(note, nul)) {
			assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(400);
			assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsExactly("note");
		}
		for (ResponseEntity<JsonNode> refused : java.util.List.of(owner, ownerNul)) {
			assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(400);
			assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsExactly("ownerName");
		}
		assertThat(plain.getStatusCode().value()).as(String.valueOf(plain.getBody())).isEqualTo(200);
	}

	@Test
	void aDateIsWrittenAsADayOfACalendarThePostgresDateColumnCanHold() {
		String community = register("日期台账" + Surveys.unique(), "MUNICIPAL");
		String building = building(community, "1号楼");

		ResponseEntity<JsonNode> epochDay = http.put(CHAOYANG,
				Map.of("grade", "C", "plan", "REINFORCE", "appraisedOn", -2147483648), "/api/housing/buildings/{id}/appraisal",
				building);
		ResponseEntity<JsonNode> farPast = http.put(CHAOYANG,
				Map.of("grade", "C", "plan", "REINFORCE", "appraisedOn", "-999999-01-01"),
				"/api/housing/buildings/{id}/appraisal", building);

		for (ResponseEntity<JsonNode> refused : java.util.List.of(epochDay, farPast)) {
			assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(400);
			assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsExactly("appraisedOn");
			assertThat(refused.getBody().get("errors").findValuesAsString("reason")).containsExactly(
					"must be a date (yyyy-MM-dd)");
		}
		assertThat(http.get(CHAOYANG, "/api/housing/buildings/{id}/appraisals", building).getBody()).isEmpty();
	}

	@Test
	void sasacRegistersCitySoeCommunitiesWhoseHandoverWaitsForAcceptance() {
		String soe = register("首开宿舍" + Surveys.unique(), "CITY_SOE_NON_OPERATING");
		String sasac = TestInfrastructure.token("SASAC");

		ResponseEntity<JsonNode> wrongKind = http.post(sasac,
				Map.of("communityId", soe, "kind", "CENTRAL_UNIT", "ownerName", "某部委"), "/api/housing/ownership-cases");
		ResponseEntity<JsonNode> created = http.post(sasac,
				Map.of("communityId", soe, "kind", "CITY_SOE_NON_OPERATING", "ownerName", "首开集团"),
				"/api/housing/ownership-cases");
		String caseId = created.getBody().get("id").asText();
		ResponseEntity<JsonNode> early = http.put(sasac, Map.of("handoverStatus", "COMPLETED"),
				"/api/housing/ownership-cases/{id}/handover", caseId);
		ResponseEntity<JsonNode> started = http.put(sasac, Map.of("handoverStatus", "IN_PROGRESS"),
				"/api/housing/ownership-cases/{id}/handover", caseId);
		jdbc.sql("INSERT INTO renovation_acceptance (community_id, accepted_on) VALUES (CAST(:id AS uuid), current_date)")
			.param("id", soe)
			.update();
		ResponseEntity<JsonNode> completed = http.put(sasac, Map.of("handoverStatus", "COMPLETED"),
				"/api/housing/ownership-cases/{id}/handover", caseId);

		assertThat(wrongKind.getStatusCode().value()).isEqualTo(403);
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		assertThat(early.getStatusCode().value()).isEqualTo(409);
		assertThat(early.getBody().get("detail").asText()).contains("先改造、后移交");
		assertThat(started.getBody().get("handoverStatus").asText()).isEqualTo("IN_PROGRESS");
		assertThat(completed.getBody().get("handoverStatus").asText()).isEqualTo("COMPLETED");
		assertThat(http.get(HAIDIAN, "/api/housing/ownership-cases/{id}", caseId).getStatusCode().value())
			.isEqualTo(404);
	}

	@Test
	void aCaseMustMatchTheCommunitysSurveyedPropertyRights() {
		String municipal = register("市属小区" + Surveys.unique(), "MUNICIPAL");

		ResponseEntity<JsonNode> refused = http.post(HOUSING,
				Map.of("communityId", municipal, "kind", "CENTRAL_UNIT", "ownerName", "某部委"),
				"/api/housing/ownership-cases");

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("kind");
	}

	private String register(String name, String rights) {
		Map<String, Object> body = Surveys.community(name, "110105", "110105017", 1975);
		body.put("propertyRights", rights);
		ResponseEntity<JsonNode> created = http.post(HOUSING, body, "/api/housing/communities");
		assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
		return created.getBody().get("id").asText();
	}

	private String building(String community, String number) {
		ResponseEntity<JsonNode> created = http.post(CHAOYANG, Surveys.building(number, 1000, 20),
				"/api/housing/communities/{id}/buildings", community);
		assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
		return created.getBody().get("id").asText();
	}

	private static int indexOf(JsonNode ledger, String buildingId) {
		for (int i = 0; i < ledger.size(); i++) {
			if (ledger.get(i).get("buildingId").asText().equals(buildingId)) {
				return i;
			}
		}
		return -1;
	}

}
