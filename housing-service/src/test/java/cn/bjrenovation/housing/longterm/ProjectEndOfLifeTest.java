package cn.bjrenovation.housing.longterm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.finance.v1.MaintenanceFacts;
import cn.bjrenovation.finance.v1.MaintenanceFundMoved;
import cn.bjrenovation.housing.acceptance.CompletedProjects;
import cn.bjrenovation.housing.annualplan.StandInFinance;
import cn.bjrenovation.housing.project.ProjectFactsSeen;
import cn.bjrenovation.housing.project.application.AdvancingProject;
import cn.bjrenovation.housing.v1.AcceptanceServiceGrpc;
import cn.bjrenovation.housing.v1.GetDistrictPerformanceRequest;
import cn.bjrenovation.housing.v1.LongTermManagementStarted;
import cn.bjrenovation.housing.v1.ProjectStatus;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestEvents;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static cn.bjrenovation.housing.acceptance.CompletedProjects.CHAOYANG;
import static cn.bjrenovation.housing.acceptance.CompletedProjects.JINSONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The end of a project's life: a try-before-buy trial (先尝后买, A1-11) while the works finish, the joint acceptance, the
 * owners' vote on hiring the company — a failing one reopening the choice — the contract, and long-term management
 * (长效管理) once both the contract is signed and finance has raised the maintenance fund, whichever comes second.
 */
@ServiceTest
class ProjectEndOfLifeTest {

	private static final String COMPANY = "北京劲松物业管理有限公司";

	private static ProjectFactsSeen facts;

	@Autowired
	LocalHttp http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AdvancingProject advancing;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	LocalGrpc grpc;

	private CompletedProjects projects;

	@DynamicPropertySource
	static void pointHousingAtTheTestsFinance(DynamicPropertyRegistry registry) {
		StandInFinance.pointHousingAt(registry);
	}

	@BeforeAll
	static void subscribe() {
		facts = ProjectFactsSeen.subscribe();
	}

	@AfterAll
	static void close() {
		facts.close();
	}

	@BeforeEach
	void projects() {
		projects = new CompletedProjects(http, advancing, transactions);
	}

	@Test
	void aFailedVoteReopensTheChoiceAndTheFundRaisedAfterTheContractBringsLongTermManagement() throws Exception {
		CompletedProjects.Completed completed = projects.completed();
		String id = completed.projectId();
		String community = completed.communityId();
		String org = TestInfrastructure.token("COMMUNITY_ORG", "community", community);

		ResponseEntity<JsonNode> trial = http.post(street(), trial(COMPANY), trialOf(id));
		assertThat(trial.getStatusCode().value()).as("%s", trial.getBody()).isEqualTo(201);
		assertThat(trial.getBody().get("status").asText()).isEqualTo("SERVING");
		assertThat(http.post(street(), trial("另一家物业"), trialOf(id)).getStatusCode().value()).isEqualTo(409);
		assertThat(http.post(district(), trial(COMPANY), trialOf(id)).getStatusCode().value()).isEqualTo(403);

		accept(id, org);
		String failed = vote(community, id, 5);
		ResponseEntity<JsonNode> reopened = http.post(org, contract(failed, COMPANY), trialOf(id) + "/contract");

		assertThat(reopened.getStatusCode().value()).as("%s", reopened.getBody()).isEqualTo(200);
		assertThat(reopened.getBody().get("trial").get("status").asText()).isEqualTo("REOPENED");
		assertThat(reopened.getBody().get("contract").isNull()).isTrue();
		assertThat(http.post(org, contract(failed, COMPANY), trialOf(id) + "/contract").getStatusCode().value())
			.as("no trial serves any more").isEqualTo(409);

		assertThat(http.post(street(), trial("北京第二物业有限公司"), trialOf(id)).getStatusCode().value()).isEqualTo(201);
		String passed = vote(community, id, 8);
		assertThat(http.post(org, contract(passed, COMPANY), trialOf(id) + "/contract").getBody().get("errors")
			.findValuesAsString("field")).as("the owners voted on the company that served the trial")
			.containsExactly("propertyCompany");
		ResponseEntity<JsonNode> signed = http.post(org, contract(passed, "北京第二物业有限公司"),
				trialOf(id) + "/contract");

		assertThat(signed.getStatusCode().value()).as("%s", signed.getBody()).isEqualTo(200);
		assertThat(signed.getBody().get("trial").get("status").asText()).isEqualTo("CONTRACTED");
		assertThat(signed.getBody().get("contract").get("voteId").asText()).isEqualTo(passed);
		assertThat(signed.getBody().get("fundRaised").asBoolean()).isFalse();
		assertThat(status(id)).as("no fund yet: not under long-term management").isEqualTo("ACCEPTED");

		TestEvents.publish(MaintenanceFacts.TOPIC, fundMoved(community, MaintenanceFundMoved.Movement.USED));
		TestEvents.publish(MaintenanceFacts.TOPIC, fundMoved(community, MaintenanceFundMoved.Movement.RAISED));

		await().atMost(Duration.ofSeconds(30)).until(() -> status(id).equals("LONG_TERM_MANAGED"));
		List<EventEnvelope> seen = facts.awaitFacts(id, 9);
		EventEnvelope last = seen.get(seen.size() - 1);
		assertThat(last.getType()).isEqualTo("LongTermManagementStarted");
		LongTermManagementStarted started = LongTermManagementStarted.parseFrom(last.getPayload());
		assertThat(started.getProject().getStatus()).isEqualTo(ProjectStatus.LONG_TERM_MANAGED);
		assertThat(started.getTransition().getRole()).isEqualTo("HPF");
		JsonNode read = http.get(TestInfrastructure.token("HOUSING"), trialOf(id)).getBody();
		assertThat(read.get("projectStatus").asText()).isEqualTo("LONG_TERM_MANAGED");
		assertThat(read.get("fundRaised").asBoolean()).isTrue();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT role FROM audit_record WHERE target = :id AND operation = 'housing.long-term.contract' "
					+ "AND kind = 'change' ORDER BY position")
			.param("id", id)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("COMMUNITY_ORG", "COMMUNITY_ORG", "HPF"));
	}

	@Test
	void aContractSignedAfterTheFundWasRaisedBringsLongTermManagementAtOnce() {
		CompletedProjects.Completed completed = projects.completed();
		String id = completed.projectId();
		String org = TestInfrastructure.token("COMMUNITY_ORG", "community", completed.communityId());
		http.post(street(), trial(COMPANY), trialOf(id));
		String passed = vote(completed.communityId(), id, 9);
		assertThat(http.post(org, contract(passed, COMPANY), trialOf(id) + "/contract").getStatusCode().value())
			.as("a contract waits for the joint acceptance").isEqualTo(409);
		accept(id, org);
		TestEvents.publish(MaintenanceFacts.TOPIC, fundMoved(completed.communityId(),
				MaintenanceFundMoved.Movement.RAISED));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get(org, trialOf(id)).getBody().get("fundRaised").asBoolean());

		ResponseEntity<JsonNode> signed = http.post(org, contract(passed, COMPANY), trialOf(id) + "/contract");

		assertThat(signed.getStatusCode().value()).as("%s", signed.getBody()).isEqualTo(200);
		assertThat(signed.getBody().get("projectStatus").asText()).isEqualTo("LONG_TERM_MANAGED");
		assertThat(status(id)).isEqualTo("LONG_TERM_MANAGED");
	}

	@Test
	void aTrialIsRecordedOnlyOnceConstructionHasStartedAndEveryBadFieldIsReportedAtOnce() {
		CompletedProjects.Completed planned = projects.planned();

		ResponseEntity<JsonNode> early = http.post(street(), trial(COMPANY), trialOf(planned.projectId()));

		assertThat(early.getStatusCode().value()).isEqualTo(409);
		assertThat(early.getBody().get("detail").asText()).contains("PLANNED", "CONSTRUCTION_STARTED");
		assertThat(http.post(street(), Map.of("propertyCompany", "", "startsOn", "2027-03-01", "endsOn", "2027-01-01"),
				trialOf(planned.projectId())).getBody().get("errors").findValuesAsString("field"))
			.containsExactly("propertyCompany", "endsOn");
		assertThat(http.post(TestInfrastructure.token("COMMUNITY_ORG", "community", planned.communityId()),
				Map.of("voteId", "nope", "signedOn", "tomorrow"), trialOf(planned.projectId()) + "/contract")
			.getBody()
			.get("errors")
			.findValuesAsString("field")).containsExactly("voteId", "signedOn", "propertyCompany");
	}

	@Test
	void theDistrictSurveysSatisfactionAndItsYearIsCountedFromTheProjectsHistories() {
		int year = java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue();
		String performance = "/api/housing/districts/" + CHAOYANG + "/performance?year=" + year;
		JsonNode before = http.get(TestInfrastructure.token("HOUSING"), performance).getBody();
		CompletedProjects.Completed completed = projects.completed();

		ResponseEntity<JsonNode> surveyed = http.post(district(),
				Map.of("surveyedOn", year + "-12-01", "participants", 86, "score", 92.5),
				"/api/housing/projects/" + completed.projectId() + "/satisfaction");

		assertThat(surveyed.getStatusCode().value()).as("%s", surveyed.getBody()).isEqualTo(201);
		assertThat(surveyed.getBody().get("score").decimalValue()).isEqualByComparingTo("92.5");
		ResponseEntity<JsonNode> after = http.get(district(), performance);
		assertThat(after.getStatusCode().value()).as("%s", after.getBody()).isEqualTo(200);
		assertThat(after.getBody().get("started").asInt()).isEqualTo(before.get("started").asInt() + 1);
		assertThat(after.getBody().get("completed").asInt()).isEqualTo(before.get("completed").asInt() + 1);
		assertThat(after.getBody().get("surveys").asInt()).isEqualTo(before.get("surveys").asInt() + 1);
		assertThat(after.getBody().get("meanSatisfaction").isNull()).isFalse();
		var viaGrpc = AcceptanceServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(TestInfrastructure.token("HOUSING")))
			.getDistrictPerformance(GetDistrictPerformanceRequest.newBuilder()
				.setDistrictCode(CHAOYANG)
				.setYear(year)
				.build())
			.getPerformance();
		assertThat(viaGrpc.getCompleted()).isEqualTo(after.getBody().get("completed").asInt());
		assertThat(viaGrpc.hasMeanSatisfaction()).isTrue();
		assertThatThrownBy(() -> AcceptanceServiceGrpc
			.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc
				.bearer(TestInfrastructure.token("DISTRICT", "district", "110108")))
			.getDistrictPerformance(GetDistrictPerformanceRequest.newBuilder()
				.setDistrictCode(CHAOYANG)
				.setYear(year)
				.build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
		assertThat(http.get(TestInfrastructure.token("DISTRICT", "district", "110108"), performance).getStatusCode()
			.value()).as("another district's year").isEqualTo(403);
		assertThat(http.get(street(), performance).getStatusCode().value()).isEqualTo(403);
		assertThat(http.get(district(), "/api/housing/districts/1101/performance?year=1999").getBody().get("errors")
			.findValuesAsString("field")).containsExactly("districtCode", "year");
		assertThat(http.get(district(), "/api/housing/districts/" + CHAOYANG + "/performance").getBody().get("year")
			.asInt()).as("this year by default").isEqualTo(year);
		assertThat(http.post(district(), Map.of("surveyedOn", "2026-12-01", "participants", 86, "score", 90),
				"/api/housing/projects/" + projects.planned().projectId() + "/satisfaction").getStatusCode().value())
			.as("residents rate a renovation once its works are done").isEqualTo(409);
		assertThat(http.post(district(), Map.of("surveyedOn", "2026-12-01", "participants", 0, "score", 101),
				"/api/housing/projects/" + completed.projectId() + "/satisfaction").getBody().get("errors")
			.findValuesAsString("field")).containsExactly("participants", "score");
	}

	/** The joint acceptance, every party signing (no pipeline works). */
	private void accept(String id, String org) {
		String acceptance = "/api/housing/projects/" + id + "/acceptance";
		assertThat(http.post(district(), Map.of("openedOn", "2026-12-20"), acceptance).getStatusCode().value())
			.isEqualTo(201);
		signOff(district(), acceptance, "BUILDER");
		signOff(district(), acceptance, "PROPERTY_COMPANY");
		signOff(street(), acceptance, "STREET");
		signOff(org, acceptance, "OWNERS");
		assertThat(status(id)).isEqualTo("ACCEPTED");
	}

	private void signOff(String token, String acceptance, String party) {
		ResponseEntity<JsonNode> signed = http.post(token, Map.of("party", party, "decision", "SIGN"),
				acceptance + "/sign-offs");
		assertThat(signed.getStatusCode().value()).as("%s", signed.getBody()).isEqualTo(200);
	}

	/** A hiring vote of 12 owners (100 m² each), 10 taking part, {@code inFavour} of them for; closed. */
	private String vote(String community, String project, int inFavour) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("communityId", community);
		body.put("projectId", project);
		body.put("matter", "HIRE_PROPERTY_COMPANY");
		body.put("question", "试运行期满，是否选聘该物业服务企业");
		body.put("owners", 12);
		body.put("area", 1200);
		ResponseEntity<JsonNode> organised = http.post(street(), body, "/api/housing/votes");
		assertThat(organised.getStatusCode().value()).as("%s", organised.getBody()).isEqualTo(201);
		String vote = organised.getBody().get("id").asText();
		List<Map<String, Object>> ballots = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			ballots.add(Map.of("unit", "2-1-" + (101 + i), "area", 100, "choice", i < inFavour ? "FOR" : "AGAINST"));
		}
		assertThat(http.post(TestInfrastructure.token("COMMUNITY_ORG", "community", community),
				Map.of("ballots", ballots), "/api/housing/votes/{id}/ballots", vote).getStatusCode().value())
			.isEqualTo(200);
		assertThat(http.post(street(), Map.of(), "/api/housing/votes/{id}/close", vote).getStatusCode().value())
			.isEqualTo(200);
		return vote;
	}

	private static EventEnvelope fundMoved(String community, MaintenanceFundMoved.Movement movement) {
		Instant now = Instant.now();
		return TestEvents.envelope(UUID.randomUUID().toString(), MaintenanceFacts.FUND_MOVED, "finance-service",
				community, MaintenanceFundMoved.newBuilder()
					.setCommunityId(community)
					.setDistrictCode(CHAOYANG)
					.setMovement(movement)
					.setAmountFen(12_000_000)
					.setBalanceFen(12_000_000)
					.setVoteReference("业主大会决议 2026-18")
					.setMovedAt(Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano()))
					.build());
	}

	private static Map<String, Object> trial(String company) {
		return Map.of("propertyCompany", company, "startsOn", "2026-09-01", "endsOn", "2027-02-28");
	}

	private static Map<String, Object> contract(String vote, String company) {
		return Map.of("voteId", vote, "signedOn", "2027-03-01", "propertyCompany", company);
	}

	private String status(String id) {
		return jdbc.sql("SELECT status FROM renovation_project WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
	}

	private static String trialOf(String id) {
		return "/api/housing/projects/" + id + "/trial";
	}

	private static String street() {
		return TestInfrastructure.token("STREET", "street", JINSONG);
	}

	private static String district() {
		return TestInfrastructure.token("DISTRICT", "district", CHAOYANG);
	}

}
