package cn.bjrenovation.housing.acceptance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.annualplan.StandInFinance;
import cn.bjrenovation.housing.project.ProjectFactsSeen;
import cn.bjrenovation.housing.project.application.AdvancingProject;
import cn.bjrenovation.housing.project.domain.PipelineWorks;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.v1.AcceptanceServiceGrpc;
import cn.bjrenovation.housing.v1.AcceptanceStatus;
import cn.bjrenovation.housing.v1.GetAcceptanceRequest;
import cn.bjrenovation.housing.v1.JointAcceptancePassed;
import cn.bjrenovation.housing.v1.ProjectStatus;
import cn.bjrenovation.housing.v1.SignOffDecision;
import cn.bjrenovation.platform.testing.GrpcRefusals;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
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
 * 联合验收 (plan §三(七)): the district opens the joint acceptance of a completed project; the builder and the property
 * company (through the district), the owners' organisation, the street and each pipeline operator sign it off or
 * refuse with findings; the project is ACCEPTED with the last sign-off, never with one missing.
 */
@ServiceTest
class JointAcceptanceTest {

	private static final String HAIDIAN = "110108";

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
	PipelineWorks pipelineWorks;

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
	void everyPartySignsOffAndOnlyTheLastSignOffMakesTheProjectAccepted() throws Exception {
		CompletedProjects.Completed completed = projects.completed();
		String id = completed.projectId();
		transactions.executeWithoutResult(status -> pipelineWorks.record(new ProjectId(UUID.fromString(id)),
				Map.of("GAS", "北京燃气集团", "WATER", "北京自来水集团"), Instant.now()));

		ResponseEntity<JsonNode> opened = http.post(district(CHAOYANG),
				Map.of("openedOn", "2026-12-20", "note", "五方联合验收"), acceptance(id));

		assertThat(opened.getStatusCode().value()).as("%s", opened.getBody()).isEqualTo(201);
		assertThat(opened.getBody().get("status").asText()).isEqualTo("OPEN");
		assertThat(opened.getBody().get("parties").findValuesAsString("party")).containsExactly("BUILDER",
				"PROPERTY_COMPANY", "OWNERS", "STREET", "OPERATOR", "OPERATOR");
		assertThat(opened.getBody().get("parties").get(4).get("utility").asText()).isEqualTo("GAS");
		assertThat(opened.getBody().get("parties").get(0).get("decision").isNull()).isTrue();
		assertThat(http.post(district(CHAOYANG), Map.of("openedOn", "2026-12-21"), acceptance(id)).getStatusCode()
			.value()).as("one acceptance per project").isEqualTo(409);

		String org = TestInfrastructure.token("COMMUNITY_ORG", "community", completed.communityId());
		ResponseEntity<JsonNode> notTheirs = signOff(org, id, "BUILDER", null, "SIGN");
		assertThat(notTheirs.getStatusCode().value()).isEqualTo(403);
		assertThat(notTheirs.getBody().toString()).contains("acceptanceParty", "OWNERS");
		ResponseEntity<JsonNode> otherNetwork = signOff(operator("WATER"), id, "OPERATOR", "GAS", "SIGN");
		assertThat(otherNetwork.getStatusCode().value()).isEqualTo(403);
		ResponseEntity<JsonNode> noWorks = signOff(operator("HEAT"), id, "OPERATOR", "HEAT", "SIGN");
		assertThat(noWorks.getStatusCode().value()).as("an operator without works on the project is no party")
			.isEqualTo(400);
		assertThat(noWorks.getBody().get("errors").get(0).get("reason").asText()).contains("OPERATOR GAS",
				"OPERATOR WATER");
		assertThat(signOff(district(HAIDIAN), id, "BUILDER", null, "SIGN").getStatusCode().value()).isEqualTo(403);

		ResponseEntity<JsonNode> refused = signOff(org, id, "OWNERS", null, "REFUSE", "3号楼雨水管渗漏");
		assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(200);
		assertThat(refused.getBody().get("status").asText()).isEqualTo("OPEN");
		assertThat(refused.getBody().get("parties").get(2).get("findings").get(0).asText()).isEqualTo("3号楼雨水管渗漏");

		assertSigned(signOff(district(CHAOYANG), id, "BUILDER", null, "SIGN"));
		assertSigned(signOff(district(CHAOYANG), id, "PROPERTY_COMPANY", null, "SIGN"));
		assertSigned(signOff(TestInfrastructure.token("STREET", "street", JINSONG), id, "STREET", null, "SIGN"));
		assertSigned(signOff(operator("WATER"), id, "OPERATOR", "WATER", "SIGN"));
		ResponseEntity<JsonNode> afterRectification = signOff(org, id, "OWNERS", null, "SIGN");
		assertSigned(afterRectification);
		assertThat(afterRectification.getBody().get("missing").toString()).isEqualTo("[\"OPERATOR GAS\"]");
		assertThat(afterRectification.getBody().get("status").asText()).isEqualTo("OPEN");
		assertThat(status(id)).as("one sign-off is missing: the project is not accepted").isEqualTo("CONSTRUCTION_COMPLETED");

		ResponseEntity<JsonNode> last = signOff(operator("GAS"), id, "OPERATOR", "GAS", "SIGN");

		assertThat(last.getStatusCode().value()).as("%s", last.getBody()).isEqualTo(200);
		assertThat(last.getBody().get("status").asText()).isEqualTo("PASSED");
		assertThat(status(id)).isEqualTo("ACCEPTED");
		assertThat(jdbc.sql("SELECT count(*) FROM renovation_acceptance WHERE community_id = :c")
			.param("c", UUID.fromString(completed.communityId()))
			.query(Long.class)
			.single()).as("先改造、后移交: the handover may now complete").isEqualTo(1);
		assertThat(signOff(org, id, "OWNERS", null, "SIGN").getStatusCode().value()).isEqualTo(409);
		JsonNode read = http.get(TestInfrastructure.token("FINANCE"), acceptance(id)).getBody();
		assertThat(read.get("status").asText()).isEqualTo("PASSED");
		assertThat(jdbc.sql("SELECT count(*) FROM acceptance_sign_off WHERE project_id = :p")
			.param("p", UUID.fromString(id))
			.query(Long.class)
			.single()).as("the refusal stays on record").isEqualTo(7);

		var viaGrpc = acceptances(TestInfrastructure.token("CITY_MGMT"))
			.getAcceptance(GetAcceptanceRequest.newBuilder().setProjectId(id).build())
			.getAcceptance();
		assertThat(viaGrpc.getStatus()).isEqualTo(AcceptanceStatus.ACCEPTANCE_PASSED);
		assertThat(viaGrpc.getParties(2).getFindingsList()).isEmpty();
		assertThat(viaGrpc.getPartiesList()).extracting(party -> party.getDecision())
			.containsOnly(SignOffDecision.SIGN);
		assertThat(acceptances(operator("GAS"))
			.getAcceptance(GetAcceptanceRequest.newBuilder().setProjectId(id).build())
			.getAcceptance()
			.getMissingList()).isEmpty();
		assertThatThrownBy(() -> acceptances(operator("HEAT"))
			.getAcceptance(GetAcceptanceRequest.newBuilder().setProjectId(id).build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
		assertThatThrownBy(() -> acceptances(operator("GAS"))
			.getAcceptance(GetAcceptanceRequest.newBuilder().setProjectId("x").build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(GrpcRefusals.fieldViolations(ex))
						.extracting(violation -> violation.getField())
						.containsExactly("project_id"));

		List<EventEnvelope> seen = facts.awaitFacts(id, 8);
		EventEnvelope passed = seen.get(seen.size() - 1);
		assertThat(passed.getType()).isEqualTo("JointAcceptancePassed");
		JointAcceptancePassed payload = JointAcceptancePassed.parseFrom(passed.getPayload());
		assertThat(payload.getProject().getStatus()).isEqualTo(ProjectStatus.ACCEPTED);
		assertThat(payload.getTransition().getRole()).isEqualTo("OPERATOR");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT operation FROM audit_record WHERE target = :id AND kind = 'change' ORDER BY position")
			.param("id", id)
			.query(String.class)
			.list()).contains("housing.acceptance.open", "housing.acceptance.sign-off"));
	}

	@Test
	void anAcceptanceOpensOnlyOnACompletedProjectOfTheDistrictsOwn() {
		CompletedProjects.Completed planned = projects.planned();

		ResponseEntity<JsonNode> early = http.post(district(CHAOYANG), Map.of("openedOn", "2026-12-20"),
				acceptance(planned.projectId()));

		assertThat(early.getStatusCode().value()).isEqualTo(409);
		assertThat(early.getBody().get("detail").asText()).contains("PLANNED", "CONSTRUCTION_COMPLETED");
		assertThat(http.post(district(HAIDIAN), Map.of("openedOn", "2026-12-20"), acceptance(planned.projectId()))
			.getStatusCode()
			.value()).isEqualTo(404);
		assertThat(http.post(TestInfrastructure.token("STREET", "street", JINSONG), Map.of("openedOn", "2026-12-20"),
				acceptance(planned.projectId())).getStatusCode().value()).isEqualTo(403);
		assertThat(http.get(district(CHAOYANG), acceptance(planned.projectId())).getStatusCode().value())
			.isEqualTo(404);
	}

	@Test
	void everyBadFieldOfASignOffIsReportedAtOnce() {
		CompletedProjects.Completed completed = projects.completed();
		assertThat(http.post(district(CHAOYANG), Map.of("openedOn", "20.12.2026"), acceptance(completed.projectId()))
			.getBody()
			.get("errors")
			.findValuesAsString("field")).containsExactly("openedOn");

		ResponseEntity<JsonNode> bad = http.post(district(CHAOYANG),
				Map.of("party", "MAYOR", "decision", "REFUSE", "findings", List.of()),
				acceptance(completed.projectId()) + "/sign-offs");

		assertThat(bad.getStatusCode().value()).isEqualTo(400);
		assertThat(bad.getBody().get("errors").findValuesAsString("field")).containsExactly("party", "findings");
		assertThat(http.post(district(CHAOYANG), Map.of("party", "BUILDER", "utility", "GAS", "decision", "MAYBE"),
				acceptance(completed.projectId()) + "/sign-offs").getBody().get("errors").findValuesAsString("field"))
			.containsExactly("decision", "utility");
	}

	private void assertSigned(ResponseEntity<JsonNode> response) {
		assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(200);
	}

	private ResponseEntity<JsonNode> signOff(String token, String id, String party, String utility, String decision,
			String... findings) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("party", party);
		body.put("utility", utility);
		body.put("decision", decision);
		body.put("findings", List.of(findings));
		return http.post(token, body, acceptance(id) + "/sign-offs");
	}

	private String status(String id) {
		return jdbc.sql("SELECT status FROM renovation_project WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
	}

	private AcceptanceServiceGrpc.AcceptanceServiceBlockingStub acceptances(String token) {
		return AcceptanceServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(token));
	}

	private static String acceptance(String id) {
		return "/api/housing/projects/" + id + "/acceptance";
	}

	private static String district(String code) {
		return TestInfrastructure.token("DISTRICT", "district", code);
	}

	private static String operator(String utility) {
		return TestInfrastructure.token("OPERATOR", "utility", utility.toLowerCase(java.util.Locale.ROOT));
	}

}
