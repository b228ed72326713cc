package cn.bjrenovation.finance.funding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.bjrenovation.planning.v1.DesignApproved;
import cn.bjrenovation.planning.v1.DesignFacts;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestEvents;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's lists of finance (资金管理), on real PostgreSQL with plans drafted from real DesignApproved events:
 * funding plans by status, plan year and district, a district only its own; social-capital agreements by project and
 * party, each with its tax relief, for DRC and the Finance Bureau. Keyset pages, every bad field named at once.
 */
@ServiceTest
class FundingListsFeatureTest {

	private static final String FINANCE = TestInfrastructure.token("FINANCE");

	private static final String DRC = TestInfrastructure.token("DRC");

	private static final String CHAOYANG = "110105";

	private static final String HAIDIAN = "110108";

	@Autowired
	LocalHttp http;

	/** A plan year of this test's own, so other tests' plans do not show up. */
	private int year;

	/** Two plans of 朝阳 and one of 海淀, drafted in {@link #year}. */
	private final List<String> chaoyang = new ArrayList<>();

	private String haidian;

	@BeforeEach
	void draftPlans() {
		year = 2030 + ThreadLocalRandom.current().nextInt(70);
		chaoyang.add(drafted(CHAOYANG, "110105017"));
		chaoyang.add(drafted(CHAOYANG, "110105017"));
		haidian = drafted(HAIDIAN, "110108001");
		for (String project : allPlans()) {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> http.get(FINANCE, "/api/finance/funding-plans/{id}", project).getStatusCode().value() == 200);
		}
	}

	@Test
	void fundingPlansAreListedByYearDistrictAndStatusAPageAtATime() {
		// other tests' plans may share the year: the list holds ours, and nothing that does not match
		List<JsonNode> ofYear = plans(FINANCE, "?year=" + year);
		assertThat(ofYear).allSatisfy(plan -> assertThat(plan.get("planYear").asInt()).isEqualTo(year));
		assertThat(ids(ofYear)).containsAll(allPlans()).isSorted().doesNotHaveDuplicates();
		List<JsonNode> ofChaoyang = plans(FINANCE, "?year=" + year + "&districtCode=" + CHAOYANG);
		assertThat(ofChaoyang).allSatisfy(plan -> assertThat(plan.get("districtCode").asString()).isEqualTo(CHAOYANG));
		assertThat(ids(ofChaoyang)).containsAll(chaoyang).doesNotContain(haidian);
		assertThat(ids(plans(FINANCE, "?year=" + year + "&status=DRAFTED"))).containsAll(allPlans());
		assertThat(ids(plans(FINANCE, "?year=" + year + "&status=COMMITTED"))).doesNotContainAnyElementsOf(allPlans());
		assertThat(ofYear.get(0).get("totalCostFen").asLong()).isEqualTo(1_700_000L);

		List<String> paged = new ArrayList<>();
		String token = "";
		do {
			JsonNode page = http.get(TestInfrastructure.token("HOUSING"),
					"/api/finance/funding-plans?year={y}&pageSize=2&pageToken={t}", year, token).getBody();
			assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
			page.get("items").forEach(plan -> paged.add(plan.get("projectId").asString()));
			token = page.get("nextPageToken").isNull() ? null : page.get("nextPageToken").asString();
		}
		while (token != null);
		assertThat(paged).as("two at a time, the same plans").isEqualTo(ids(ofYear));
	}

	@Test
	void aDistrictListsOnlyItsOwnPlansAndIsRefusedAnother() {
		String haidianDistrict = TestInfrastructure.token("DISTRICT", "district", HAIDIAN);

		List<JsonNode> own = plans(haidianDistrict, "?year=" + year);
		assertThat(own).allSatisfy(plan -> assertThat(plan.get("districtCode").asString()).isEqualTo(HAIDIAN));
		assertThat(ids(own)).contains(haidian).doesNotContainAnyElementsOf(chaoyang);
		ResponseEntity<JsonNode> other = http.get(haidianDistrict, "/api/finance/funding-plans?districtCode={d}", CHAOYANG);
		assertThat(other.getStatusCode().value()).isEqualTo(403);
		assertThat(other.getBody().get("operation").asString()).isEqualTo("finance.funding-plan.list");
		assertThat(http.get(TestInfrastructure.token("PLANNING"), "/api/finance/funding-plans").getStatusCode().value())
			.isEqualTo(403);
	}

	@Test
	void badFiltersAreNamedAtOnce() {
		ResponseEntity<JsonNode> refused = http.get(FINANCE,
				"/api/finance/funding-plans?status=SPENT&year=1999&districtCode=12&pageSize=999&pageToken=nope");

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("status",
				"year", "districtCode", "pageSize", "pageToken");
	}

	@Test
	void agreementsAreListedByProjectAndPartyWithTheirTaxRelief() {
		String project = chaoyang.get(0);
		String first = agreement(project, "首开集团 养老驿站");
		String second = agreement(project, "社区家政服务公司");
		agreement(haidian, "首开集团 托育中心");

		JsonNode ofProject = http.get(FINANCE, "/api/finance/social-capital-agreements?projectId={p}", project).getBody();
		assertThat(ofProject.get("items").findValuesAsString("id")).containsExactlyElementsOf(sorted(List.of(first, second)));
		JsonNode relief = ofProject.get("items").get(0).get("taxRelief");
		assertThat(relief).isNotEmpty();

		JsonNode byParty = http.get(DRC, "/api/finance/social-capital-agreements?party={q}&projectId={p}", "首开", project)
			.getBody();
		assertThat(byParty.get("items").findValuesAsString("id")).containsExactly(first);

		JsonNode page = http.get(DRC, "/api/finance/social-capital-agreements?projectId={p}&pageSize=1", project).getBody();
		assertThat(page.get("items")).hasSize(1);
		JsonNode next = http.get(DRC, "/api/finance/social-capital-agreements?projectId={p}&pageSize=1&pageToken={t}",
				project, page.get("nextPageToken").asString()).getBody();
		assertThat(next.get("items").findValuesAsString("id")).containsExactly(sorted(List.of(first, second)).get(1));
		assertThat(next.get("nextPageToken").isNull()).isTrue();
	}

	@Test
	void agreementsAreDrcsAndTheFinanceBureausAndBadFiltersAreNamed() {
		assertThat(http.get(TestInfrastructure.token("HOUSING"), "/api/finance/social-capital-agreements")
			.getStatusCode()
			.value()).isEqualTo(403);
		assertThat(http.get(TestInfrastructure.token("DISTRICT", "district", CHAOYANG),
				"/api/finance/social-capital-agreements").getStatusCode().value()).isEqualTo(403);

		ResponseEntity<JsonNode> refused = http.get(FINANCE,
				"/api/finance/social-capital-agreements?projectId=x&party==cmd&pageSize=-1&pageToken=nope");
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("projectId",
				"party", "pageSize", "pageToken");
	}

	private List<String> allPlans() {
		List<String> all = new ArrayList<>(chaoyang);
		all.add(haidian);
		return all;
	}

	private String drafted(String district, String street) {
		String project = UUID.randomUUID().toString();
		DesignApproved approved = ApprovedDesigns.approved(project, year);
		approved = approved.toBuilder()
			.setProject(approved.getProject().toBuilder().setDistrictCode(district).setStreetCode(street))
			.build();
		TestEvents.publish(DesignFacts.TOPIC, TestEvents.envelope(UUID.randomUUID().toString(),
				DesignFacts.DESIGN_APPROVED, "planning-service", project, approved));
		return project;
	}

	private List<JsonNode> plans(String token, String query) {
		ResponseEntity<JsonNode> answer = http.get(token, "/api/finance/funding-plans" + query + "&pageSize=200");
		assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
		assertThat(answer.getBody().get("nextPageToken").isNull()).as("one page holds the year's plans").isTrue();
		List<JsonNode> items = new ArrayList<>();
		answer.getBody().get("items").forEach(items::add);
		return items;
	}

	private static List<String> ids(List<JsonNode> plans) {
		return plans.stream().map(plan -> plan.get("projectId").asString()).toList();
	}

	private String agreement(String project, String party) {
		ResponseEntity<JsonNode> recorded = http.post(DRC, Map.of("projectId", project, "party", party, "items",
				List.of("ELDERLY_CARE"), "amountFen", 100_000L, "terms", "微利可持续", "termYears", 20,
				"returnCapBasisPoints", 500, "declaredIncomeFen", Map.of("ELDERLY_CARE", 100_000L)),
				"/api/finance/social-capital-agreements");
		assertThat(recorded.getStatusCode().value()).as(String.valueOf(recorded.getBody())).isEqualTo(201);
		return recorded.getBody().get("id").asString();
	}

	/** In PostgreSQL's order of UUIDs: bytes unsigned, as their lower-case text sorts (not Java's signed compareTo). */
	private static List<String> sorted(List<String> ids) {
		return ids.stream().sorted().toList();
	}

}
