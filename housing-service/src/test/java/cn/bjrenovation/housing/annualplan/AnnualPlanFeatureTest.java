package cn.bjrenovation.housing.annualplan;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.community.Surveys;
import cn.bjrenovation.housing.project.ProjectFactsSeen;
import cn.bjrenovation.housing.v1.AnnualPlanAdjusted;
import cn.bjrenovation.housing.v1.ProjectPlanned;
import cn.bjrenovation.housing.v1.ProjectStatus;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reserve pool and the annual plan over REST (plan §三(一) 完善改造项目储备库 and 编制年度任务计划, §四(二) 动态调整),
 * with finance-service stood in for by a gRPC server of this test that reports each year's fiscal capacity: the pool led
 * by complaints, a plan compiled and adjusted with one fact per project on {@code housing.project}, each rule refusing
 * with its clause and changing nothing, finance down answered 503 naming finance, and a district reading its own part.
 */
@ServiceTest
class AnnualPlanFeatureTest {

	private static final String CHAOYANG = "110105";

	private static final String JINSONG = "110105017";

	private static final String HAIDIAN = "110108";

	private static final String WANSHOULU = "110108001";

	/** 延庆: only the pool's test puts projects here, so its pool is the test's own. */
	private static final String YANQING = "110119";

	private static final String BAIQUAN = "110119001";

	private static final String PROJECTS = "/api/housing/projects";

	private static final String PLANS = "/api/housing/annual-plans";

	/** Each test plans its own years, so tests of this JVM never meet in a plan. */
	private static final AtomicInteger years = new AtomicInteger(2030 + ThreadLocalRandom.current().nextInt(0, 20) * 3);

	private static StandInFinance finance;

	private static ProjectFactsSeen facts;

	@Autowired
	LocalHttp http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	@DynamicPropertySource
	static void pointHousingAtTheTestsFinance(DynamicPropertyRegistry registry) {
		finance = StandInFinance.pointHousingAt(registry);
	}

	@BeforeAll
	static void subscribe() {
		facts = ProjectFactsSeen.subscribe();
	}

	@AfterAll
	static void close() {
		facts.close();
	}

	@Test
	void theReservePoolListsCommunitiesWithTheMostComplaintsFirstThenByApplicationDateInKeysetPages() {
		String quiet = reservedOn(YANQING, BAIQUAN, 20_000, 0, "WATER_SUPPLY");
		String loud = reservedOn(YANQING, BAIQUAN, 20_000, 80, "WATER_SUPPLY");
		String quietLater = reservedOn(YANQING, BAIQUAN, 20_000, 0, "WATER_SUPPLY");
		String louder = reservedOn(YANQING, BAIQUAN, 20_000, 200, "ELEVATOR_ADDITION");
		String notYet = apply(community(YANQING, BAIQUAN, 20_000, 500), "WATER_SUPPLY");
		String housing = TestInfrastructure.token("HOUSING");

		ResponseEntity<JsonNode> first = http.get(housing, "/api/housing/reserve-pool?districtCode=" + YANQING
				+ "&pageSize=3");

		assertThat(first.getStatusCode().value()).as("%s", first.getBody()).isEqualTo(200);
		assertThat(first.getBody().get("items").findValuesAsString("id")).containsExactly(louder, loud, quiet);
		assertThat(first.getBody().get("items").get(0).get("hotlineComplaints").asInt()).isEqualTo(200);
		assertThat(first.getBody().get("items").get(0).get("project").get("status").asText()).isEqualTo("RESERVED");
		JsonNode second = http.get(housing, "/api/housing/reserve-pool?districtCode=" + YANQING + "&pageSize=3"
				+ "&pageToken=" + first.getBody().get("nextPageToken").asText()).getBody();
		assertThat(second.get("items").findValuesAsString("id")).containsExactly(quietLater);
		assertThat(second.get("nextPageToken").isNull()).isTrue();
		assertThat(first.getBody().toString()).doesNotContain(notYet);

		String yanqing = TestInfrastructure.token("DISTRICT", "district", YANQING);
		assertThat(http.get(yanqing, "/api/housing/reserve-pool?pageSize=500").getBody().get("items")
			.findValuesAsString("id")).contains(louder, quietLater);
		assertThat(http.get(district(CHAOYANG), "/api/housing/reserve-pool?pageSize=500").getBody().get("items")
			.findValuesAsString("id")).doesNotContain(louder, loud, quiet, quietLater);
		ResponseEntity<JsonNode> other = http.get(district(CHAOYANG), "/api/housing/reserve-pool?districtCode=" + YANQING);
		assertThat(other.getStatusCode().value()).isEqualTo(403);
		assertThat(other.getBody().get("operation").asText()).isEqualTo("housing.reserve-pool.read");
		assertThat(http.get(street(JINSONG), "/api/housing/reserve-pool").getStatusCode().value()).isEqualTo(403);
		assertThat(http.get(housing, "/api/housing/reserve-pool?districtCode=11&pageSize=0&pageToken=x").getBody()
			.get("errors").findValuesAsString("field")).containsExactly("districtCode", "pageToken");
	}

	@Test
	void theCommissionCompilesAPlanAndEveryProjectMovesToPlannedWithOneFactEach() throws Exception {
		int year = freeYear();
		String basic = reserved(20_000, "WATER_SUPPLY", "SEISMIC_REINFORCEMENT");
		String complete = reservedOn(HAIDIAN, WANSHOULU, 80_000, 3, "WATER_SUPPLY", "ELEVATOR_ADDITION");

		ResponseEntity<JsonNode> compiled = compile(year, basic, complete);

		assertThat(compiled.getStatusCode().value()).as("%s", compiled.getBody()).isEqualTo(201);
		assertThat(compiled.getHeaders().getLocation()).hasToString(PLANS + "/" + year);
		JsonNode plan = http.get(TestInfrastructure.token("FINANCE"), PLANS + "/{year}", year).getBody();
		assertThat(plan.get("totals").get("projects").asInt()).isEqualTo(2);
		assertThat(plan.get("totals").get("floorArea").decimalValue()).isEqualByComparingTo("100000");
		assertThat(plan.get("totals").get("subsidyEstimateFen").asLong()).isEqualTo(20_000 * 20_000L + 80_000 * 25_000L);
		assertThat(plan.get("basicShare").get("measure").asText()).isEqualTo("FLOOR_AREA");
		assertThat(plan.get("basicShare").get("byFloorArea").decimalValue()).isEqualByComparingTo("0.2");
		assertThat(plan.get("basicShare").get("byCount").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(plan.get("fiscalCapacity").get("availableFen").asLong()).isEqualTo(StandInFinance.AMPLE_FEN);
		assertThat(plan.get("fiscalCapacity").get("usedShare").decimalValue()).isEqualByComparingTo("0.0024");
		assertThat(plan.get("byClass").get("BASIC").get("projects").asInt()).isEqualTo(1);
		assertThat(plan.get("byClass").get("COMPLETE").get("floorArea").decimalValue()).isEqualByComparingTo("80000");
		assertThat(plan.get("byDistrict").findValuesAsString("districtCode")).containsExactly(CHAOYANG, HAIDIAN);
		assertThat(plan.get("projects").findValuesAsString("taskClass")).containsExactly("BASIC", "COMPLETE");
		assertThat(plan.get("history").get(0).get("kind").asText()).isEqualTo("COMPILED");
		assertThat(plan.get("history").get(0).get("role").asText()).isEqualTo("HOUSING");

		JsonNode project = http.get(district(CHAOYANG), PROJECTS + "/{id}", basic).getBody();
		assertThat(project.get("status").asText()).isEqualTo("PLANNED");
		assertThat(project.get("planYear").asInt()).isEqualTo(year);
		assertThat(project.get("history").get(4).get("action").asText()).isEqualTo("PLAN");
		List<EventEnvelope> events = facts.awaitFacts(complete, 5);
		assertThat(events).extracting(EventEnvelope::getType).containsExactly("ProjectApplied", "ProjectAccepted",
				"ProjectAccepted", "ProjectReserved", "ProjectPlanned");
		ProjectPlanned planned = ProjectPlanned.parseFrom(events.get(4).getPayload());
		assertThat(planned.getYear()).isEqualTo(year);
		assertThat(planned.getProject().getStatus()).isEqualTo(ProjectStatus.PLANNED);
		assertThat(planned.getProject().getDistrictCode()).isEqualTo(HAIDIAN);
		assertThat(facts.awaitFacts(basic, 5)).hasSize(5);

		ResponseEntity<JsonNode> again = compile(year, reserved(20_000, "WATER_SUPPLY"));
		assertThat(again.getStatusCode().value()).isEqualTo(409);
		assertThat(again.getBody().get("detail").asText()).contains("one-plan-per-year", "adjustments", "§四(二)");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT outcome FROM audit_record WHERE operation = 'housing.annual-plan.create' AND target = :t")
			.param("t", "annual-plan " + year)
			.query(String.class)
			.list()).singleElement().asString().contains("compiled: 2 projects"));
	}

	@Test
	void basicClassTasksBelowTwentyPercentOfTheFloorAreaAreRefusedAndNothingChanges() {
		int year = freeYear();
		String basic = reserved(15_000, "WATER_SUPPLY");
		String complete = reserved(85_000, "WATER_SUPPLY", "ELEVATOR_ADDITION");

		ResponseEntity<JsonNode> refused = compile(year, basic, complete);

		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat(refused.getBody().get("detail").asText()).contains("rule basic-share-at-least-20-percent",
				"§三(一) 编制年度任务计划", "不低于总任务量20%", "15.0%", "by count 50.0%");
		assertUnplanned(year, basic, complete);
	}

	@Test
	void aSubsidyEstimateBeyondTheFiscalCapacityFinanceReportsIsRefusedAndNothingChanges() {
		int year = freeYear();
		finance.capacity(year, 20_000 * 20_000L - 1);
		String basic = reserved(20_000, "WATER_SUPPLY");

		ResponseEntity<JsonNode> refused = compile(year, basic);

		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat(refused.getBody().get("detail").asText()).contains("rule within-fiscal-capacity",
				"在做好财政承受能力评估基础上", "(400000000 fen), exceeds", "(399999999 fen) available");
		assertUnplanned(year, basic);
	}

	@Test
	void withFinanceDownTheCommissionIsAnswered503NamingFinanceAndNothingChanges() throws Exception {
		int year = freeYear();
		String basic = reserved(20_000, "WATER_SUPPLY");
		finance.stop();
		try {
			ResponseEntity<JsonNode> unavailable = compile(year, basic);

			assertThat(unavailable.getStatusCode().value()).as("%s", unavailable.getBody()).isEqualTo(503);
			assertThat(unavailable.getBody().get("upstream").asText()).isEqualTo("finance");
			assertThat(unavailable.getBody().get("detail").asText()).contains("finance");
			assertUnplanned(year, basic);
		}
		finally {
			finance.restart();
			circuitBreakers.circuitBreaker("finance").reset();
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(http
				.get(TestInfrastructure.token("HOUSING"), PLANS + "/{year}/fiscal-capacity", year)
				.getStatusCode()
				.value()).isEqualTo(200));
			circuitBreakers.circuitBreaker("finance").reset();
		}
		assertThat(compile(year, basic).getStatusCode().value()).isEqualTo(201);
	}

	@Test
	void onlyReservedProjectsArePlannedAndEveryBadFieldIsNamedAtOnce() {
		int year = freeYear();
		String basic = reserved(20_000, "WATER_SUPPLY");
		String applied = apply(community(CHAOYANG, JINSONG, 20_000, 1), "WATER_SUPPLY");

		ResponseEntity<JsonNode> notReserved = compile(year, basic, applied);
		assertThat(notReserved.getStatusCode().value()).isEqualTo(409);
		assertThat(notReserved.getBody().get("detail").asText()).contains("rule only-reserved-projects", applied,
				"is APPLIED").doesNotContain(basic);
		String unknown = UUID.randomUUID().toString();
		ResponseEntity<JsonNode> missing = compile(year, basic, unknown);
		assertThat(missing.getStatusCode().value()).isEqualTo(404);
		assertThat(missing.getBody().get("detail").asText()).contains(unknown);

		Map<String, Object> bad = new LinkedHashMap<>();
		bad.put("year", 1999);
		bad.put("projectIds", List.of(basic, "not-a-uuid", basic));
		assertThat(http.post(TestInfrastructure.token("HOUSING"), bad, PLANS).getBody().get("errors")
			.findValuesAsString("field")).containsExactly("year", "projectIds[1]", "projectIds[2]");
		assertThat(http.post(TestInfrastructure.token("HOUSING"), Map.of(), PLANS).getBody().get("errors")
			.findValuesAsString("field")).containsExactly("year", "projectIds");
		assertThat(http.post(district(CHAOYANG), Map.of("year", year, "projectIds", List.of(basic)), PLANS)
			.getStatusCode()
			.value()).isEqualTo(403);
		assertUnplanned(year, basic, applied);
	}

	@Test
	void anAdjustmentAddsAndRemovesForItsReasonsChecksBothRulesAgainAndRefusesWithoutChange() throws Exception {
		int year = freeYear();
		String basic = reserved(30_000, "WATER_SUPPLY");
		String complete = reserved(70_000, "WATER_SUPPLY", "ELEVATOR_ADDITION");
		String later = reserved(10_000, "SEISMIC_REINFORCEMENT");
		assertThat(compile(year, basic, complete).getStatusCode().value()).isEqualTo(201);

		ResponseEntity<JsonNode> adjusted = adjust(year, List.of(later), List.of(complete), "居民意见未统一，调出");

		assertThat(adjusted.getStatusCode().value()).as("%s", adjusted.getBody()).isEqualTo(200);
		assertThat(adjusted.getBody().get("projects").findValuesAsString("projectId")).containsExactly(basic, later);
		assertThat(adjusted.getBody().get("version").asInt()).isEqualTo(2);
		JsonNode change = adjusted.getBody().get("history").get(1);
		assertThat(change.get("kind").asText()).isEqualTo("ADJUSTED");
		assertThat(change.get("removed").get(0).asText()).isEqualTo(complete);
		assertThat(change.get("reasons").get(0).asText()).isEqualTo("居民意见未统一，调出");
		assertThat(status(complete)).isEqualTo("RESERVED");
		assertThat(status(later)).isEqualTo("PLANNED");
		AnnualPlanAdjusted out = AnnualPlanAdjusted.parseFrom(facts.awaitFacts(complete, 6).get(5).getPayload());
		assertThat(out.getChange()).isEqualTo(AnnualPlanAdjusted.PlanChange.REMOVED);
		assertThat(out.getYear()).isEqualTo(year);
		assertThat(out.getTransition().getReasonsList()).containsExactly("居民意见未统一，调出");
		assertThat(AnnualPlanAdjusted.parseFrom(facts.awaitFacts(later, 5).get(4).getPayload()).getChange())
			.isEqualTo(AnnualPlanAdjusted.PlanChange.ADDED);

		ResponseEntity<JsonNode> belowFloor = adjust(year, List.of(complete), List.of(basic, later), "调整");
		assertThat(belowFloor.getStatusCode().value()).isEqualTo(409);
		assertThat(belowFloor.getBody().get("detail").asText()).contains("rule basic-share-at-least-20-percent");
		finance.capacity(year, 40_000 * 20_000L);
		ResponseEntity<JsonNode> beyond = adjust(year, List.of(complete), List.of(), "增补");
		assertThat(beyond.getStatusCode().value()).isEqualTo(409);
		assertThat(beyond.getBody().get("detail").asText()).contains("rule within-fiscal-capacity");
		ResponseEntity<JsonNode> silent = http.post(TestInfrastructure.token("HOUSING"),
				Map.of("add", List.of(), "remove", List.of(basic), "reasons", List.of()), PLANS + "/{year}/adjustments", year);
		assertThat(silent.getBody().get("errors").findValuesAsString("field")).containsExactly("reasons");
		assertThat(adjust(year + 1000, List.of(), List.of(basic), "无").getStatusCode().value()).isEqualTo(400);
		assertThat(status(basic)).isEqualTo("PLANNED");
		assertThat(status(complete)).isEqualTo("RESERVED");
		assertThat(http.get(TestInfrastructure.token("HOUSING"), PLANS + "/{year}", year).getBody().get("version")
			.asInt()).isEqualTo(2);
	}

	@Test
	void aDistrictReadsItsOwnPartOfThePlanAndNoOtherDistricts() {
		int year = freeYear();
		String chaoyang = reserved(30_000, "WATER_SUPPLY");
		String haidian = reservedOn(HAIDIAN, WANSHOULU, 50_000, 1, "WATER_SUPPLY", "ELDERLY_CARE");
		assertThat(compile(year, chaoyang, haidian).getStatusCode().value()).isEqualTo(201);

		ResponseEntity<JsonNode> own = http.get(district(CHAOYANG), PLANS + "/{year}/districts/{code}", year, CHAOYANG);

		assertThat(own.getStatusCode().value()).as("%s", own.getBody()).isEqualTo(200);
		assertThat(own.getBody().get("districtCode").asText()).isEqualTo(CHAOYANG);
		assertThat(own.getBody().get("projects").findValuesAsString("projectId")).containsExactly(chaoyang);
		assertThat(own.getBody().get("totals").get("floorArea").decimalValue()).isEqualByComparingTo("30000");
		assertThat(own.getBody().get("byClass").get("UPGRADE").get("projects").asInt()).isZero();
		ResponseEntity<JsonNode> other = http.get(district(HAIDIAN), PLANS + "/{year}/districts/{code}", year, CHAOYANG);
		assertThat(other.getStatusCode().value()).isEqualTo(403);
		assertThat(other.getBody().get("operation").asText()).isEqualTo("housing.annual-plan.district-read");
		assertThat(http.get(district(CHAOYANG), PLANS + "/{year}", year).getStatusCode().value()).isEqualTo(403);
		assertThat(http.get(TestInfrastructure.token("PLANNING"), PLANS + "/{year}/districts/{code}", year, HAIDIAN)
			.getBody()
			.get("projects")
			.findValuesAsString("taskClass")).containsExactly("UPGRADE");
		assertThat(http.get(district(CHAOYANG), PLANS + "/{year}/districts/{code}", year + 1000, CHAOYANG)
			.getStatusCode()
			.value()).isEqualTo(400);
		assertThat(http.get(TestInfrastructure.token("HOUSING"), PLANS + "/{year}", 2001).getStatusCode()
			.value()).isEqualTo(404);
	}

	private void assertUnplanned(int year, String... projects) {
		for (String project : projects) {
			assertThat(status(project)).as("project %s", project).isIn("RESERVED", "APPLIED");
			assertThat(jdbc.sql("SELECT count(*) FROM project_transition WHERE project_id = :id AND action = 'PLAN'")
				.param("id", UUID.fromString(project))
				.query(Long.class)
				.single()).isZero();
		}
		assertThat(http.get(TestInfrastructure.token("HOUSING"), PLANS + "/{year}", year).getStatusCode().value())
			.isEqualTo(404);
		assertThat(jdbc.sql("SELECT count(*) FROM annual_plan_change WHERE year = :year")
			.param("year", year)
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * The next year without a plan in this JVM's database: other tests compile plans too (the REST fuzz test among
	 * them, for 2031), so a year is checked before a test takes it.
	 */
	private int freeYear() {
		while (true) {
			int year = years.incrementAndGet();
			if (http.get(TestInfrastructure.token("HOUSING"), PLANS + "/{year}", year).getStatusCode().value() == 404) {
				return year;
			}
		}
	}

	private ResponseEntity<JsonNode> compile(int year, String... projects) {
		return http.post(TestInfrastructure.token("HOUSING"), Map.of("year", year, "projectIds", List.of(projects)),
				PLANS);
	}

	private ResponseEntity<JsonNode> adjust(int year, List<String> add, List<String> remove, String reason) {
		return http.post(TestInfrastructure.token("HOUSING"),
				Map.of("add", add, "remove", remove, "reasons", List.of(reason)), PLANS + "/{year}/adjustments", year);
	}

	/** A project of a fresh community on 劲松 of the floor area, in the reserve pool. */
	private String reserved(int floorArea, String... items) {
		return reservedOn(CHAOYANG, JINSONG, floorArea, 3, items);
	}

	/** A project of a fresh community on the street, applied for and taken through the three reviews into the pool. */
	private String reservedOn(String districtCode, String streetCode, int floorArea, int complaints, String... items) {
		String id = apply(community(districtCode, streetCode, floorArea, complaints), items);
		move(TestInfrastructure.token("STREET", "street", streetCode), id, "street-review", "ACCEPT");
		move(district(districtCode), id, "district-review", "ACCEPT");
		move(TestInfrastructure.token("HOUSING"), id, "municipal-decision", "APPROVE");
		return id;
	}

	private void move(String token, String id, String step, String decision) {
		ResponseEntity<JsonNode> moved = http.post(token, Map.of("decision", decision, "reasons", List.of()),
				PROJECTS + "/{id}/" + step, id);
		assertThat(moved.getStatusCode().value()).as("%s %s", step, moved.getBody()).isEqualTo(200);
	}

	private String community(String districtCode, String streetCode, int floorArea, int complaints) {
		Map<String, Object> survey = Surveys.community("计划小区" + Surveys.unique(), districtCode, streetCode, 1984);
		survey.put("ownersOrganisation", "OWNERS_COMMITTEE");
		survey.put("propertyServiceAgreed", true);
		survey.put("floorArea", floorArea);
		survey.put("hotlineComplaints", complaints);
		ResponseEntity<JsonNode> created = http.post(TestInfrastructure.token("HOUSING"), survey,
				"/api/housing/communities");
		assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
		return created.getBody().get("id").asText();
	}

	private String apply(String community, String... items) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("communityId", community);
		body.put("items", java.util.Arrays.stream(items).map(code -> Map.of("code", code)).toList());
		body.put("consent", Map.of("owners", 120, "ownersAgreeing", 100, "area", 8000.0, "areaAgreeing", 6900.0));
		body.put("obligationsAccepted", true);
		body.put("note", "居民议事会已征求意见");
		ResponseEntity<JsonNode> applied = http.post(TestInfrastructure.token("COMMUNITY_ORG", "community", community),
				body, PROJECTS);
		assertThat(applied.getStatusCode().value()).as("%s", applied.getBody()).isEqualTo(201);
		return applied.getBody().get("id").asText();
	}

	private String status(String id) {
		return jdbc.sql("SELECT status FROM renovation_project WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
	}

	private static String street(String code) {
		return TestInfrastructure.token("STREET", "street", code);
	}

	private static String district(String code) {
		return TestInfrastructure.token("DISTRICT", "district", code);
	}

}
