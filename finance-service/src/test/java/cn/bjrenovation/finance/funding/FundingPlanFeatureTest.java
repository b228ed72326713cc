package cn.bjrenovation.finance.funding;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.bjrenovation.finance.v1.FiscalCapacityServiceGrpc;
import cn.bjrenovation.finance.v1.FundingServiceGrpc;
import cn.bjrenovation.finance.v1.GetFiscalCapacityRequest;
import cn.bjrenovation.finance.v1.GetFiscalCapacityResponse;
import cn.bjrenovation.finance.v1.GetFundingPlanRequest;
import cn.bjrenovation.finance.v1.GetLedgerBalanceRequest;
import cn.bjrenovation.housing.v1.AnnualPlanAdjusted;
import cn.bjrenovation.housing.v1.ProjectFacts;
import cn.bjrenovation.housing.v1.ProjectSnapshot;
import cn.bjrenovation.housing.v1.ProjectTransition;
import cn.bjrenovation.planning.v1.DesignApproved;
import cn.bjrenovation.planning.v1.DesignFacts;
import cn.bjrenovation.planning.v1.DesignProject;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestEvents;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A design approved in planning becomes a funding plan in finance without anyone copying it (a real DesignApproved on
 * the test broker), is committed in two phases over REST, lowers the fiscal capacity housing reads over gRPC, pays
 * its tranches once, lists the tranche it refuses, and is voided when housing takes the project out of the plan —
 * the books balancing throughout.
 */
@ServiceTest
class FundingPlanFeatureTest {

	private static final String FINANCE = TestInfrastructure.token("FINANCE");

	@Autowired
	LocalHttp http;

	@Autowired
	LocalGrpc grpc;

	@Test
	void anApprovedDesignIsFundedCommittedPaidAndVoidedWithTheBooksBalanced() {
		int year = 2030 + ThreadLocalRandom.current().nextInt(70);
		for (String source : List.of("MUNICIPAL_BUDGET", "DISTRICT_BUDGET", "GOVERNMENT_BOND")) {
			assertThat(http.post(FINANCE, Map.of("fiscalYear", year, "source", source, "amountFen", 10_000_000L,
					"description", "测试 " + source), "/api/finance/budget-lines").getStatusCode().value()).isEqualTo(201);
		}
		String project = UUID.randomUUID().toString();

		TestEvents.publish(DesignFacts.TOPIC, TestEvents.envelope(UUID.randomUUID().toString(),
				DesignFacts.DESIGN_APPROVED, "planning-service", project, ApprovedDesigns.approved(project, year)));

		JsonNode plan = await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get(FINANCE, "/api/finance/funding-plans/{id}", project),
					answer -> answer.getStatusCode().value() == 200)
			.getBody();
		assertThat(plan.get("status").asString()).isEqualTo("DRAFTED");
		assertThat(plan.get("ruleVersion").asInt()).isEqualTo(1);
		assertThat(plan.get("ruleIsDefault").asBoolean()).isTrue();
		assertThat(plan.get("totalCostFen").asLong()).isEqualTo(1_700_000L);
		// basic 90 % of 1,000,000 + pipeline 30 % of 500,000 + upgrade 20 % of 200,000 (the shipped defaults)
		assertThat(plan.get("governmentFen").asLong()).isEqualTo(1_090_000L);
		assertThat(plan.get("shares").get("PIPELINE_OPERATORS").asLong()).isEqualTo(350_000L);
		GetFiscalCapacityResponse before = capacity(year);

		ResponseEntity<JsonNode> held = http.post(FINANCE, Map.of(), "/api/finance/funding-plans/{id}/commitment", project);
		assertThat(held.getStatusCode().value()).isEqualTo(200);
		assertThat(held.getBody().get("status").asString()).isEqualTo("HELD");
		assertThat(http.post(FINANCE, Map.of(), "/api/finance/funding-plans/{id}/commitment", project).getBody()
			.get("commitments")).isEqualTo(held.getBody().get("commitments"));
		assertThat(http.post(FINANCE, Map.of(), "/api/finance/funding-plans/{id}/commitment/posting", project)
			.getBody()
			.get("status")
			.asString()).isEqualTo("COMMITTED");
		GetFiscalCapacityResponse committed = capacity(year);
		assertThat(committed.getAvailableFen()).isEqualTo(before.getAvailableFen() - 1_090_000L);
		assertThat(committed.getCommittedFen()).isEqualTo(before.getCommittedFen() + 1_090_000L);

		Map<String, Object> start = Map.of("milestone", "CONSTRUCTION_START", "sourceEventId", "start-" + project,
				"evidence", "开工令 2026-001");
		ResponseEntity<JsonNode> paid = http.post(FINANCE, start, "/api/finance/funding-plans/{id}/disbursements", project);
		assertThat(paid.getStatusCode().value()).isEqualTo(201);
		assertThat(paid.getBody().get("amountFen").asLong()).isEqualTo(327_000L);
		ResponseEntity<JsonNode> replayed = http.post(FINANCE, start, "/api/finance/funding-plans/{id}/disbursements",
				project);
		assertThat(replayed.getStatusCode().value()).isEqualTo(200);
		assertThat(replayed.getBody().get("replayed").asBoolean()).isTrue();
		assertThat(http.post(FINANCE, Map.of("milestone", "CONSTRUCTION_START", "sourceEventId", "start-" + project,
				"evidence", "开工令", "amountFen", 1L), "/api/finance/funding-plans/{id}/disbursements", project)
			.getStatusCode()
			.value()).isEqualTo(409);
		ResponseEntity<JsonNode> tooMuch = http.post(FINANCE, Map.of("milestone", "COMPLETION", "sourceEventId",
				"done-" + project, "evidence", "竣工", "amountFen", 800_000L),
				"/api/finance/funding-plans/{id}/disbursements", project);
		assertThat(tooMuch.getStatusCode().value()).isEqualTo(422);
		assertThat(http.get(FINANCE, "/api/finance/disbursement-exceptions").getBody().toString()).contains(project,
				"done-" + project);
		assertThat(capacity(year).getDisbursedFen()).isEqualTo(before.getDisbursedFen() + 327_000L);

		assertThat(http.get(TestInfrastructure.token("DISTRICT", "district", "110108"), "/api/finance/funding-plans/{id}",
				project).getStatusCode().value()).isEqualTo(404);
		assertThat(http.get(TestInfrastructure.token("DISTRICT", "district", "110105"), "/api/finance/funding-plans/{id}",
				project).getStatusCode().value()).isEqualTo(200);
		assertThat(FundingServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(TestInfrastructure.token("HOUSING")))
			.getFundingPlan(GetFundingPlanRequest.newBuilder().setProjectId(project).build())
			.getPlan()
			.getDisbursedFen()).isEqualTo(327_000L);

		TestEvents.publish(ProjectFacts.TOPIC, TestEvents.envelope(UUID.randomUUID().toString(),
				ProjectFacts.ANNUAL_PLAN_ADJUSTED, "housing-service", project, removed(project, year)));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(http
			.get(FINANCE, "/api/finance/funding-plans/{id}", project)
			.getBody()
			.get("status")
			.asString()).isEqualTo("VOIDED"));
		GetFiscalCapacityResponse after = capacity(year);
		assertThat(after.getAvailableFen()).isEqualTo(before.getAvailableFen() - 327_000L);
		assertThat(after.getCommittedFen()).isEqualTo(before.getCommittedFen());
		JsonNode books = http.get(FINANCE, "/api/finance/ledger/balance-check").getBody();
		assertThat(books.get("balanced").asBoolean()).as(books.toString()).isTrue();
		assertThat(FundingServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(FINANCE))
			.getLedgerBalance(GetLedgerBalanceRequest.getDefaultInstance())
			.getBalanced()).isTrue();
	}

	@Test
	void aDesignFinanceCannotFundGoesToTheDeadLetterTopic() {
		String project = UUID.randomUUID().toString();
		DesignApproved broken = ApprovedDesigns.approved(project, 2031).toBuilder()
			.setProject(DesignProject.newBuilder().setProjectId(project).setCommunityId("not-an-id"))
			.build();

		TestEvents.publish(DesignFacts.TOPIC, TestEvents.envelope(UUID.randomUUID().toString(),
				DesignFacts.DESIGN_APPROVED, "planning-service", project, broken));

		assertThat(TestEvents.awaitDeadLetter(DesignFacts.TOPIC, project)).isNotNull();
		assertThat(http.get(FINANCE, "/api/finance/funding-plans/{id}", project).getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void aDistrictCannotCommitAndHousingCannotDisburse() {
		String project = UUID.randomUUID().toString();
		assertThat(http.post(TestInfrastructure.token("DISTRICT", "district", "110105"), Map.of(),
				"/api/finance/funding-plans/{id}/commitment", project).getStatusCode().value()).isEqualTo(403);
		assertThat(http.post(TestInfrastructure.token("HOUSING"), Map.of("milestone", "COMPLETION"),
				"/api/finance/funding-plans/{id}/disbursements", project).getStatusCode().value()).isEqualTo(403);
		assertThatThrownBy(() -> FundingServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(TestInfrastructure.token("PLANNING")))
			.getLedgerBalance(GetLedgerBalanceRequest.getDefaultInstance()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
	}

	@Test
	void aRuleVersionNotAddingUpIsRefusedNamingTheRule() {
		ResponseEntity<JsonNode> refused = http.post(FINANCE, Map.of("effectiveFrom", "2090-01-01", "note", "不满100%",
				"shares", Map.of("BASIC", Map.of("MUNICIPAL_BUDGET", 9_000), "COMPLETE", Map.of("MUNICIPAL_BUDGET", 10_000),
						"UPGRADE", Map.of("SOCIAL_CAPITAL", 10_000), "PIPELINE", Map.of("PIPELINE_OPERATORS", 10_000))),
				"/api/finance/cost-sharing-rules");

		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(refused.getBody().get("rule").asString()).contains("A3-4");
		assertThat(refused.getBody().get("field").asString()).isEqualTo("shares.BASIC");
		assertThat(http.get(FINANCE, "/api/finance/cost-sharing-rules").getBody().toString()).doesNotContain("不满100%");
	}

	private GetFiscalCapacityResponse capacity(int year) {
		return FiscalCapacityServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(TestInfrastructure.token("HOUSING")))
			.getFiscalCapacity(GetFiscalCapacityRequest.newBuilder().setYear(year).build());
	}

	private static AnnualPlanAdjusted removed(String project, int year) {
		return AnnualPlanAdjusted.newBuilder()
			.setProject(ProjectSnapshot.newBuilder().setProjectId(project).setDistrictCode("110105")
				.setStreetCode("110105017"))
			.setTransition(ProjectTransition.newBuilder().setAction("ADJUST_OUT_OF_PLAN").addReasons("资金调整"))
			.setYear(year)
			.setChange(AnnualPlanAdjusted.PlanChange.REMOVED)
			.build();
	}

}
