package cn.bjrenovation.housing.construction;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.finance.v1.FundingCommitted.CommitmentStage;
import cn.bjrenovation.housing.annualplan.StandInFinance;
import cn.bjrenovation.housing.v1.ConstructionServiceGrpc;
import cn.bjrenovation.housing.v1.GetProcessRequest;
import cn.bjrenovation.housing.v1.ListOverdueItemsRequest;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestEvents;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static cn.bjrenovation.housing.construction.ConstructionFixtures.CHAOYANG;
import static cn.bjrenovation.housing.construction.ConstructionFixtures.HAIDIAN;
import static cn.bjrenovation.housing.construction.ConstructionFixtures.JINSONG;
import static cn.bjrenovation.housing.construction.ConstructionFixtures.PROJECTS;
import static cn.bjrenovation.housing.construction.ConstructionFixtures.district;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The renovation journey (RenovationJourney): every department's fact does its step and opens the next, a step left
 * open past its deadline in working days is an overdue item (the clock moved forward, no scheduler), and a project
 * leaving the road opens the compensations the plan implies until the departments report them made.
 */
@ServiceTest
@Import(RenovationJourneyTest.Time.class)
class RenovationJourneyTest {

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		MovableClock clock() {
			return new MovableClock();
		}

	}

	@Autowired
	LocalHttp http;

	@Autowired
	MovableClock clock;

	@Autowired
	LocalGrpc grpc;

	@Value("${spring.kafka.consumer.group-id}")
	String consumerGroup;

	@DynamicPropertySource
	static void pointHousingAtTheTestsFinance(DynamicPropertyRegistry registry) {
		StandInFinance.pointHousingAt(registry);
	}

	@AfterEach
	void backToNow() {
		clock.reset();
	}

	@Test
	void theJourneyFollowsTheProjectThroughTheDepartmentsAndAStalledStepBecomesAnOverdueItem() {
		String id = ConstructionFixtures.planned(http, "WATER_SUPPLY", "SEISMIC_REINFORCEMENT");
		String housing = TestInfrastructure.token("HOUSING");

		Map<String, JsonNode> planned = steps(housing, id);
		assertThat(planned.keySet()).containsExactly("APPLIED", "STREET_REVIEWED", "DISTRICT_REVIEWED",
				"MUNICIPAL_DECIDED", "PLANNED", "DESIGN_APPROVED", "FUNDING_COMMITTED", "PIPELINES_COORDINATED",
				"CONSTRUCTION_STARTED", "CONSTRUCTION_COMPLETED", "ACCEPTED", "LONG_TERM_MANAGED");
		assertThat(status(planned, "PLANNED")).isEqualTo("DONE");
		assertThat(planned.get("PLANNED").get("doneAt").isNull()).isFalse();
		assertThat(status(planned, "DESIGN_APPROVED")).isEqualTo("WAITING");
		assertThat(planned.get("DESIGN_APPROVED").get("due").isNull()).isFalse();
		assertThat(planned.get("FUNDING_COMMITTED").get("since").isNull()).isTrue();

		TestEvents.awaitConsumed(consumerGroup, ConstructionFixtures.designApproved(id, true),
				ConstructionFixtures.fundingCommitted(id, CommitmentStage.POSTED));
		Map<String, JsonNode> designed = steps(housing, id);
		assertThat(status(designed, "DESIGN_APPROVED")).isEqualTo("DONE");
		assertThat(status(designed, "FUNDING_COMMITTED")).isEqualTo("DONE");
		assertThat(status(designed, "PIPELINES_COORDINATED")).isEqualTo("WAITING");
		assertThat(status(designed, "CONSTRUCTION_STARTED")).as("the gate still waits for the pipelines")
			.isEqualTo("WAITING");
		assertThat(designed.get("CONSTRUCTION_STARTED").get("since").isNull()).isTrue();
		assertThat(overdueSteps(housing, id)).isEmpty();

		clock.advance(Duration.ofDays(24));

		assertThat(status(steps(housing, id), "PIPELINES_COORDINATED")).isEqualTo("OVERDUE");
		JsonNode item = overdueItem(housing, id, "PIPELINES_COORDINATED");
		assertThat(item.get("districtCode").asText()).isEqualTo(CHAOYANG);
		assertThat(item.get("communityName").asText()).startsWith("开工小区");
		assertThat(item.get("daysOverdue").asInt()).isGreaterThan(0);
		assertThat(item.get("due").isNull()).isFalse();
		assertThat(overdueSteps(district(CHAOYANG), id)).containsExactly("PIPELINES_COORDINATED");
		assertThat(overdueSteps(district(HAIDIAN), id)).isEmpty();
		assertThat(http.get(ConstructionFixtures.street(JINSONG), "/api/housing/overdue-items").getStatusCode().value())
			.isEqualTo(403);
		assertThat(journeys(district(CHAOYANG)).listOverdueItems(ListOverdueItemsRequest.getDefaultInstance())
			.getItemsList()).anySatisfy(overdue -> {
				assertThat(overdue.getProjectId()).isEqualTo(id);
				assertThat(overdue.getStep()).isEqualTo("PIPELINES_COORDINATED");
				assertThat(overdue.getDaysOverdue()).isPositive();
			});
		assertThat(journeys(district(HAIDIAN)).listOverdueItems(ListOverdueItemsRequest.getDefaultInstance())
			.getItemsList()).noneMatch(overdue -> overdue.getProjectId().equals(id));
		var viaGrpc = journeys(TestInfrastructure.token("PLANNING"))
			.getProcess(GetProcessRequest.newBuilder().setProjectId(id).build());
		assertThat(viaGrpc.getStepsList()).anySatisfy(step -> {
			assertThat(step.getStep()).isEqualTo("PIPELINES_COORDINATED");
			assertThat(step.getStatus()).isEqualTo("OVERDUE");
			assertThat(step.getDue()).isNotEmpty();
		});
		assertThatThrownBy(() -> journeys(ConstructionFixtures.street(JINSONG))
			.listOverdueItems(ListOverdueItemsRequest.getDefaultInstance()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
		assertThatThrownBy(() -> journeys(district(HAIDIAN))
			.getProcess(GetProcessRequest.newBuilder().setProjectId(id).build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));

		TestEvents.awaitConsumed(consumerGroup, ConstructionFixtures.pipelinesCoordinated(id));
		Map<String, JsonNode> coordinated = steps(housing, id);
		assertThat(status(coordinated, "PIPELINES_COORDINATED")).isEqualTo("DONE");
		assertThat(status(coordinated, "CONSTRUCTION_STARTED")).isEqualTo("WAITING");
		assertThat(overdueSteps(housing, id)).isEmpty();

		ResponseEntity<JsonNode> started = http.post(district(CHAOYANG),
				Map.of("startedOn", "2026-12-03", "builder", "北京城建集团有限公司"), PROJECTS + "/{id}/construction-start",
				id);
		assertThat(started.getStatusCode().value()).as("%s", started.getBody()).isEqualTo(200);
		Map<String, JsonNode> building = steps(district(CHAOYANG), id);
		assertThat(status(building, "CONSTRUCTION_STARTED")).isEqualTo("DONE");
		assertThat(status(building, "CONSTRUCTION_COMPLETED")).isEqualTo("WAITING");
		assertThat(http.get(district(HAIDIAN), PROJECTS + "/{id}/process", id).getStatusCode().value()).isEqualTo(404);
		assertThat(http.get(TestInfrastructure.token("PLANNER", "street", JINSONG), PROJECTS + "/{id}/process", id)
			.getStatusCode()
			.value()).isEqualTo(403);
	}

	@Test
	void aDesignWithoutPipelineItemsSkipsCoordinationAndAReturnedDesignSendsDraftedFundingBack() {
		String id = ConstructionFixtures.planned(http, "SEISMIC_REINFORCEMENT");
		String housing = TestInfrastructure.token("HOUSING");

		TestEvents.awaitConsumed(consumerGroup, ConstructionFixtures.designApproved(id, false),
				ConstructionFixtures.fundingPlanned(id));
		Map<String, JsonNode> approved = steps(housing, id);
		assertThat(status(approved, "PIPELINES_COORDINATED")).isEqualTo("SKIPPED");
		assertThat(status(approved, "FUNDING_COMMITTED")).isEqualTo("WAITING");

		TestEvents.awaitConsumed(consumerGroup, ConstructionFixtures.designReturned(id));
		Map<String, JsonNode> returned = steps(housing, id);
		assertThat(status(returned, "DESIGN_APPROVED")).isEqualTo("WAITING");
		assertThat(status(returned, "FUNDING_BACK_TO_DRAFT")).isEqualTo("WAITING");
		assertThat(returned.get("FUNDING_BACK_TO_DRAFT").get("kind").asText()).isEqualTo("COMPENSATION");
		assertThat(returned.get("FUNDING_BACK_TO_DRAFT").get("note").asText()).contains("back to draft");

		clock.advance(Duration.ofDays(10));
		assertThat(overdueSteps(housing, id)).containsExactly("FUNDING_BACK_TO_DRAFT");

		TestEvents.awaitConsumed(consumerGroup, ConstructionFixtures.fundingVoided(id));
		assertThat(status(steps(housing, id), "FUNDING_BACK_TO_DRAFT")).isEqualTo("DONE");
		assertThat(overdueSteps(housing, id)).isEmpty();
	}

	@Test
	void aProjectTheAnnualPlanDropsAwaitsTheVoidedFundingAndTheReleasedWindows() {
		String id = ConstructionFixtures.planned(http, "WATER_SUPPLY");
		String housing = TestInfrastructure.token("HOUSING");
		TestEvents.awaitConsumed(consumerGroup, ConstructionFixtures.designApproved(id, true),
				ConstructionFixtures.fundingCommitted(id, CommitmentStage.POSTED),
				ConstructionFixtures.pipelinesCoordinated(id));

		ResponseEntity<JsonNode> dropped = http.post(housing,
				Map.of("add", List.of(), "remove", List.of(id), "reasons", List.of("居民意见分歧，调出年度计划")),
				"/api/housing/annual-plans/{year}/adjustments", ConstructionFixtures.planYear());
		assertThat(dropped.getStatusCode().is2xxSuccessful()).as("%s", dropped.getBody()).isTrue();

		Map<String, JsonNode> out = steps(housing, id);
		assertThat(status(out, "PLANNED")).isEqualTo("WAITING");
		assertThat(status(out, "FUNDING_VOIDED")).isEqualTo("WAITING");
		assertThat(status(out, "WINDOWS_RELEASED")).isEqualTo("WAITING");
		assertThat(out.get("PLANNED").get("due").isNull()).as("the reserve pool waits for a plan without deadline")
			.isTrue();

		clock.advance(Duration.ofDays(14));
		assertThat(overdueSteps(housing, id)).containsExactlyInAnyOrder("FUNDING_VOIDED", "WINDOWS_RELEASED");

		TestEvents.awaitConsumed(consumerGroup, ConstructionFixtures.fundingVoided(id),
				ConstructionFixtures.coordinationReleased(id));
		Map<String, JsonNode> compensated = steps(housing, id);
		assertThat(status(compensated, "FUNDING_VOIDED")).isEqualTo("DONE");
		assertThat(status(compensated, "WINDOWS_RELEASED")).isEqualTo("DONE");
		assertThat(overdueSteps(housing, id)).isEmpty();
	}

	private ConstructionServiceGrpc.ConstructionServiceBlockingStub journeys(String token) {
		return ConstructionServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(LocalGrpc.bearer(token));
	}

	private Map<String, JsonNode> steps(String token, String id) {
		ResponseEntity<JsonNode> process = http.get(token, PROJECTS + "/{id}/process", id);
		assertThat(process.getStatusCode().value()).as("%s", process.getBody()).isEqualTo(200);
		assertThat(process.getBody().get("projectId").asText()).isEqualTo(id);
		Map<String, JsonNode> steps = new java.util.LinkedHashMap<>();
		process.getBody().get("steps").forEach(step -> steps.put(step.get("step").asText(), step));
		return steps;
	}

	private static String status(Map<String, JsonNode> steps, String step) {
		assertThat(steps).containsKey(step);
		return steps.get(step).get("status").asText();
	}

	private List<String> overdueSteps(String token, String id) {
		ResponseEntity<JsonNode> items = http.get(token, "/api/housing/overdue-items");
		assertThat(items.getStatusCode().value()).as("%s", items.getBody()).isEqualTo(200);
		return items.getBody()
			.get("items")
			.valueStream()
			.filter(item -> item.get("projectId").asText().equals(id))
			.map(item -> item.get("step").asText())
			.toList();
	}

	private JsonNode overdueItem(String token, String id, String step) {
		return http.get(token, "/api/housing/overdue-items")
			.getBody()
			.get("items")
			.valueStream()
			.filter(item -> item.get("projectId").asText().equals(id) && item.get("step").asText().equals(step))
			.findFirst()
			.orElseThrow();
	}

}
