package cn.bjrenovation.housing.publicboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.bjrenovation.housing.annualplan.StandInFinance;
import cn.bjrenovation.housing.construction.ConstructionFixtures;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestEvents;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public notice board (公示栏) on housing's own port, without any token: a project is on it from the year's plan
 * on, with exactly the allow-listed fields — the approved design's items and total once planning approved it, no money
 * below that total; a community whose project is only applied for reads exactly like one that
 * does not exist (404); every answer may be cached for a minute.
 */
@ServiceTest
class PublicBoardTest {

	private static final String CHAOYANG = "110105";

	private static final String JINSONG = "110105017";

	private static final String NOTICE = "/api/public/housing/communities/{communityId}/project";

	@Autowired
	LocalHttp http;

	@Value("${spring.kafka.consumer.group-id}")
	String consumerGroup;

	@DynamicPropertySource
	static void pointHousingAtTheTestsFinance(DynamicPropertyRegistry registry) {
		StandInFinance.pointHousingAt(registry);
	}

	@Test
	void aPlannedProjectIsOnTheBoardWithTheAllowListedFieldsOnly() {
		String community = communityOf(ConstructionFixtures.planned(http, "WATER_SUPPLY", "SEISMIC_REINFORCEMENT"));

		ResponseEntity<JsonNode> answer = http.get(null, NOTICE, community);

		assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
		assertThat(answer.getHeaders().getCacheControl()).contains("max-age=60").contains("public");
		JsonNode notice = answer.getBody();
		assertThat(keys(notice)).containsExactlyInAnyOrder("communityId", "communityName", "districtCode",
				"streetCode", "status", "statusLabel", "planYear", "milestones", "approvedDesign", "construction");
		assertThat(notice.get("communityId").asText()).isEqualTo(community);
		assertThat(notice.get("districtCode").asText()).isEqualTo(CHAOYANG);
		assertThat(notice.get("streetCode").asText()).isEqualTo(JINSONG);
		assertThat(notice.get("status").asText()).isEqualTo("PLANNED");
		assertThat(notice.get("statusLabel").asText()).isEqualTo("已列入年度计划");
		assertThat(notice.get("planYear").asInt()).isPositive();
		assertThat(notice.get("milestones")).hasSize(1);
		assertThat(keys(notice.get("milestones").get(0))).containsExactlyInAnyOrder("status", "statusLabel", "on");
		assertThat(notice.get("milestones").get(0).get("status").asText()).isEqualTo("PLANNED");
		// no design approved yet: the items applied for and the plan's subsidy estimate are not the notice's
		assertThat(notice.get("approvedDesign").isNull()).isTrue();
		assertThat(notice.toString()).doesNotContain("WATER_SUPPLY", "Fen");
		assertThat(keys(notice.get("construction"))).containsExactlyInAnyOrder("startedOn", "completedOn");
		assertThat(notice.get("construction").get("startedOn").isNull()).isTrue();
	}

	@Test
	void theApprovedDesignsItemsAndTotalAreShownUntilPlanningReturnsIt() {
		String project = ConstructionFixtures.planned(http, "GREENING");
		String community = communityOf(project);

		TestEvents.awaitConsumed(consumerGroup, ConstructionFixtures.designApproved(project, true));

		JsonNode design = http.get(null, NOTICE, community).getBody().get("approvedDesign");
		assertThat(keys(design)).containsExactlyInAnyOrder("approvedOn", "totalCostFen", "items");
		assertThat(design.get("totalCostFen").asLong()).isEqualTo(3_000_000L);
		assertThat(design.get("approvedOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(design.get("items").findValuesAsString("code")).containsExactly("SEISMIC_REINFORCEMENT",
				"WATER_SUPPLY");
		// no quantity, no unit, no money below the project's total
		assertThat(keys(design.get("items").get(1))).containsExactlyInAnyOrder("code", "name", "itemClass",
				"itemClassLabel");
		assertThat(design.get("items").get(1).get("name").asText()).isEqualTo("供水");
		assertThat(design.get("items").get(1).get("itemClass").asText()).isEqualTo("BASIC");
		assertThat(design.toString()).doesNotContain("GREENING", "2000000", "1000000");

		TestEvents.awaitConsumed(consumerGroup, ConstructionFixtures.designReturned(project));

		assertThat(http.get(null, NOTICE, community).getBody().get("approvedDesign").isNull()).isTrue();
	}

	@Test
	void aStartedProjectShowsItsConstructionWindowAndMilestones() {
		String community = communityOf(
				ConstructionFixtures.started(http, consumerGroup, CHAOYANG, JINSONG, 9_000, "SEISMIC_REINFORCEMENT"));

		JsonNode notice = http.get(null, NOTICE, community).getBody();

		assertThat(notice.get("status").asText()).isEqualTo("CONSTRUCTION_STARTED");
		assertThat(notice.get("construction").get("startedOn").asText()).isEqualTo("2026-12-03");
		assertThat(notice.get("milestones").findValuesAsString("status")).containsExactly("PLANNED",
				"CONSTRUCTION_STARTED");
		assertThat(notice.get("approvedDesign").get("items").findValuesAsString("code"))
			.containsExactly("SEISMIC_REINFORCEMENT");
		assertThat(notice.get("approvedDesign").get("totalCostFen").asLong()).isEqualTo(1_000_000L);
	}

	@Test
	void aCommunityOnlyApplyingReadsExactlyLikeOneThatDoesNotExist() {
		String applying = ConstructionFixtures.communityOnlyApplying(http, CHAOYANG, JINSONG, "GREENING");
		String nobody = UUID.randomUUID().toString();

		ResponseEntity<JsonNode> unpublished = http.get(null, NOTICE, applying);
		ResponseEntity<JsonNode> absent = http.get(null, NOTICE, nobody);

		assertThat(unpublished.getStatusCode().value()).isEqualTo(404);
		assertThat(absent.getStatusCode().value()).isEqualTo(404);
		assertThat(unpublished.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		assertThat(unpublished.getBody().toString().replace(applying, "ID"))
			.isEqualTo(absent.getBody().toString().replace(nobody, "ID"));
		assertThat(http.get(null, "/api/public/housing/communities?q={q}", nameOf(applying)).getBody().get("items"))
			.isEmpty();
	}

	@Test
	void theSearchFindsPublishedCommunitiesByNameAPageAtATime() {
		String first = communityOf(ConstructionFixtures.planned(http, "SEISMIC_REINFORCEMENT"));
		String second = communityOf(ConstructionFixtures.planned(http, "SEISMIC_REINFORCEMENT"));

		ResponseEntity<JsonNode> byName = http.get(null, "/api/public/housing/communities?q={q}", nameOf(first));
		assertThat(byName.getStatusCode().value()).isEqualTo(200);
		assertThat(byName.getHeaders().getCacheControl()).contains("max-age=60");
		assertThat(keys(byName.getBody())).containsExactlyInAnyOrder("items", "nextPageToken");
		assertThat(byName.getBody().get("items").findValuesAsString("communityId")).containsExactly(first);
		assertThat(keys(byName.getBody().get("items").get(0))).containsExactlyInAnyOrder("communityId",
				"communityName", "districtCode", "streetCode", "status", "statusLabel", "planYear");

		List<String> seen = new ArrayList<>();
		String token = null;
		do {
			JsonNode page = http.get(null,
					"/api/public/housing/communities?district={d}&street={s}&pageSize=1"
							+ (token == null ? "" : "&pageToken=" + token), CHAOYANG, JINSONG).getBody();
			assertThat(page.get("items").size()).isLessThanOrEqualTo(1);
			page.get("items").forEach(item -> seen.add(item.get("communityId").asText()));
			token = page.get("nextPageToken").isNull() ? null : page.get("nextPageToken").asText();
		}
		while (token != null && seen.size() < 1_000);
		assertThat(seen).contains(first, second).doesNotHaveDuplicates();
	}

	@Test
	void badSearchParametersAreAllReportedAtOnce() {
		ResponseEntity<JsonNode> refused = http.get(null,
				"/api/public/housing/communities?district=abc&street=12&pageSize=0&pageToken=zzz");

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("district",
				"street", "pageSize", "pageToken");
		assertThat(http.get(null, NOTICE, "not-a-uuid").getBody().get("errors").findValuesAsString("field"))
			.containsExactly("communityId");
	}

	@Test
	void theDistrictMapCountsPublishedProjectsByStatus() {
		ConstructionFixtures.planned(http, "SEISMIC_REINFORCEMENT");

		ResponseEntity<JsonNode> answer = http.get(null, "/api/public/housing/districts/progress");

		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		assertThat(answer.getHeaders().getCacheControl()).contains("max-age=60");
		JsonNode chaoyang = null;
		for (JsonNode district : answer.getBody().get("districts")) {
			assertThat(keys(district)).containsExactlyInAnyOrder("districtCode", "projects", "byStatus");
			assertThat(keys(district.get("byStatus"))).isSubsetOf("PLANNED", "CONSTRUCTION_STARTED",
					"CONSTRUCTION_COMPLETED", "ACCEPTED", "LONG_TERM_MANAGED");
			if (district.get("districtCode").asText().equals(CHAOYANG)) {
				chaoyang = district;
			}
		}
		assertThat(chaoyang).isNotNull();
		assertThat(chaoyang.get("byStatus").get("PLANNED").asInt()).isPositive();
	}

	@Test
	void nothingButTheBoardAnswersWithoutAToken() {
		assertThat(http.get(null, "/api/housing/projects").getStatusCode().value()).isEqualTo(401);
		assertThat(http.get(null, "/api/public/housing/projects/{id}", UUID.randomUUID()).getStatusCode().value())
			.isEqualTo(401);
		assertThat(http.post(null, java.util.Map.of(), "/api/public/housing/communities").getStatusCode().value())
			.isEqualTo(401);
	}

	private String communityOf(String projectId) {
		return http.get(TestInfrastructure.token("HOUSING"), "/api/housing/projects/{id}", projectId)
			.getBody()
			.get("communityId")
			.asText();
	}

	private String nameOf(String communityId) {
		return http.get(TestInfrastructure.token("HOUSING"), "/api/housing/communities/{id}", communityId)
			.getBody()
			.get("name")
			.asText();
	}

	private static Set<String> keys(JsonNode node) {
		return Set.copyOf(node.propertyNames());
	}

}
