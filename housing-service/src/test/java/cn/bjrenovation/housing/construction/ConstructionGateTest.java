package cn.bjrenovation.housing.construction;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.finance.v1.FundingCommitted.CommitmentStage;
import cn.bjrenovation.housing.annualplan.StandInFinance;
import cn.bjrenovation.housing.project.ProjectFactsSeen;
import cn.bjrenovation.housing.v1.ConstructionServiceGrpc;
import cn.bjrenovation.housing.v1.ConstructionStarted;
import cn.bjrenovation.housing.v1.GetGateRequest;
import cn.bjrenovation.housing.v1.ProjectStatus;
import cn.bjrenovation.platform.testing.GrpcRefusals;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestEvents;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static cn.bjrenovation.housing.construction.ConstructionFixtures.CHAOYANG;
import static cn.bjrenovation.housing.construction.ConstructionFixtures.HAIDIAN;
import static cn.bjrenovation.housing.construction.ConstructionFixtures.JINSONG;
import static cn.bjrenovation.housing.construction.ConstructionFixtures.PROJECTS;
import static cn.bjrenovation.housing.construction.ConstructionFixtures.WANSHOULU;
import static cn.bjrenovation.housing.construction.ConstructionFixtures.district;
import static cn.bjrenovation.housing.construction.ConstructionFixtures.street;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The construction gate (开工条件, DOMAIN §5 step 9): housing hears planning, finance and pipeline on their topics over
 * the real broker, says at any moment which conditions are met and which are missing, and lets the district start
 * construction only through an open gate — a start with a missing condition is refused naming it, changing nothing.
 */
@ServiceTest
class ConstructionGateTest {

	private static ProjectFactsSeen facts;

	@Autowired
	LocalHttp http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LocalGrpc grpc;

	@Value("${spring.kafka.consumer.group-id}")
	String consumerGroup;

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

	@Test
	void theGateOpensAsTheDepartmentsFactsArriveAndOnlyThenTheDistrictStartsConstruction() throws Exception {
		String id = ConstructionFixtures.planned(http, "WATER_SUPPLY", "SEISMIC_REINFORCEMENT");

		JsonNode closed = gate(TestInfrastructure.token("HOUSING"), id).getBody();
		assertThat(closed.get("projectId").asText()).isEqualTo(id);
		assertThat(closed.get("status").asText()).isEqualTo("PLANNED");
		assertThat(closed.get("open").asBoolean()).isFalse();
		assertThat(closed.get("conditions").findValuesAsString("condition")).containsExactly("DESIGN_APPROVED",
				"FUNDING_COMMITTED", "PIPELINES_COORDINATED");
		assertThat(closed.get("conditions").get(0).get("since").isNull()).isTrue();
		assertThat(closed.get("missing").valueStream().map(JsonNode::asText).toList())
			.containsExactly("DESIGN_APPROVED", "FUNDING_COMMITTED", "PIPELINES_COORDINATED");

		TestEvents.awaitConsumed(consumerGroup, ConstructionFixtures.designApproved(id, true),
				ConstructionFixtures.fundingCommitted(id, CommitmentStage.PENDING));
		JsonNode designed = gate(district(CHAOYANG), id).getBody();
		assertThat(designed.get("conditions").get(0).get("met").asBoolean()).isTrue();
		assertThat(designed.get("conditions").get(0).get("since").isNull()).isFalse();
		assertThat(designed.get("conditions").get(2).get("required").asBoolean()).isTrue();
		assertThat(designed.get("missing").valueStream().map(JsonNode::asText).toList())
			.as("a PENDING hold is not yet funding in place").containsExactly("FUNDING_COMMITTED", "PIPELINES_COORDINATED");

		ResponseEntity<JsonNode> refused = start(district(CHAOYANG), id);
		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(refused.getBody().get("detail").asText()).contains("FUNDING_COMMITTED", "PIPELINES_COORDINATED")
			.doesNotContain("DESIGN_APPROVED");
		assertThat(refused.getBody().get("missing").valueStream().map(JsonNode::asText).toList())
			.containsExactly("FUNDING_COMMITTED", "PIPELINES_COORDINATED");
		assertThat(status(id)).isEqualTo("PLANNED");

		TestEvents.awaitConsumed(consumerGroup, ConstructionFixtures.fundingCommitted(id, CommitmentStage.POSTED),
				ConstructionFixtures.pipelinesCoordinated(id));
		JsonNode open = gate(street(JINSONG), id).getBody();
		assertThat(open.get("open").asBoolean()).as("%s", open).isTrue();
		assertThat(open.get("missing")).isEmpty();
		var viaGrpc = gates(TestInfrastructure.token("FINANCE"))
			.getGate(GetGateRequest.newBuilder().setProjectId(id).build())
			.getGate();
		assertThat(viaGrpc.getOpen()).isTrue();
		assertThat(viaGrpc.getStatus()).isEqualTo(ProjectStatus.PLANNED);
		assertThat(viaGrpc.getConditionsList()).allSatisfy(condition -> assertThat(condition.hasSince()).isTrue());
		assertThat(jdbc.sql("SELECT utility || ':' || operator FROM project_pipeline_work WHERE project_id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.list()).containsExactly("WATER:北京市自来水集团");

		ResponseEntity<JsonNode> started = start(district(CHAOYANG), id);

		assertThat(started.getStatusCode().value()).as("%s", started.getBody()).isEqualTo(200);
		assertThat(started.getBody().get("id").asText()).isEqualTo(id);
		assertThat(started.getBody().get("status").asText()).isEqualTo("CONSTRUCTION_STARTED");
		assertThat(started.getBody().get("history").findValuesAsString("action")).last().isEqualTo("START_CONSTRUCTION");
		assertThat(gate(district(CHAOYANG), id).getBody().get("status").asText()).isEqualTo("CONSTRUCTION_STARTED");
		assertThat(jdbc.sql("SELECT builder FROM construction_gate WHERE project_id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo("北京城建集团有限公司");
		List<EventEnvelope> seen = facts.awaitFacts(id, 6);
		EventEnvelope last = seen.get(seen.size() - 1);
		assertThat(last.getType()).isEqualTo("ConstructionStarted");
		assertThat(ConstructionStarted.parseFrom(last.getPayload()).getProject().getStatus())
			.isEqualTo(ProjectStatus.CONSTRUCTION_STARTED);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT operation FROM audit_record WHERE target = :id AND kind = 'change' ORDER BY position")
			.param("id", id)
			.query(String.class)
			.list()).contains("housing.construction.start"));
		assertThat(start(district(CHAOYANG), id).getStatusCode().value()).as("started once").isEqualTo(409);
	}

	@Test
	void aDesignWithoutPipelineItemsNeedsNoCoordinationAndALaterFactClosesTheGateAgain() {
		String id = ConstructionFixtures.planned(http, "SEISMIC_REINFORCEMENT");
		String eventId = UUID.randomUUID().toString();

		TestEvents.awaitConsumed(consumerGroup, ConstructionFixtures.designApproved(eventId, id, false),
				ConstructionFixtures.fundingCommitted(id, CommitmentStage.POSTED));
		JsonNode open = gate(district(CHAOYANG), id).getBody();
		assertThat(open.get("open").asBoolean()).as("%s", open).isTrue();
		assertThat(open.get("conditions").get(2).get("required").asBoolean()).isFalse();
		assertThat(open.get("conditions").get(2).get("met").asBoolean()).isFalse();

		TestEvents.awaitConsumed(consumerGroup, ConstructionFixtures.fundingVoided(id),
				ConstructionFixtures.designReturned(id));
		assertThat(gate(district(CHAOYANG), id).getBody().get("missing").valueStream().map(JsonNode::asText).toList())
			.containsExactly("DESIGN_APPROVED", "FUNDING_COMMITTED", "PIPELINES_COORDINATED");

		TestEvents.awaitConsumed(consumerGroup, ConstructionFixtures.designApproved(eventId, id, false));
		assertThat(gate(district(CHAOYANG), id).getBody().get("missing").valueStream().map(JsonNode::asText).toList())
			.as("a redelivered approval is applied once only").contains("DESIGN_APPROVED");

		TestEvents.awaitConsumed(consumerGroup, ConstructionFixtures.designApproved(id, true),
				ConstructionFixtures.fundingCommitted(id, CommitmentStage.POSTED),
				ConstructionFixtures.pipelinesCoordinated(id), ConstructionFixtures.coordinationReleased(id));
		assertThat(gate(district(CHAOYANG), id).getBody().get("missing").valueStream().map(JsonNode::asText).toList())
			.containsExactly("PIPELINES_COORDINATED");
		assertThat(jdbc.sql("SELECT count(*) FROM project_pipeline_work WHERE project_id = :id")
			.param("id", UUID.fromString(id))
			.query(Long.class)
			.single()).isZero();
		ResponseEntity<JsonNode> refused = start(district(CHAOYANG), id);
		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat(refused.getBody().get("detail").asText()).contains("PIPELINES_COORDINATED");
	}

	@Test
	void onlyTheProjectsOwnDistrictStartsItAndOthersCannotReadItsGateOutsideTheirScope() {
		String id = ConstructionFixtures.planned(http, "SEISMIC_REINFORCEMENT");

		assertThat(gate(district(HAIDIAN), id).getStatusCode().value()).isEqualTo(404);
		assertThat(gate(street(WANSHOULU), id).getStatusCode().value()).isEqualTo(404);
		assertThat(gate(TestInfrastructure.token("FINANCE"), id).getStatusCode().value()).isEqualTo(200);
		assertThat(gate(TestInfrastructure.token("PLANNER", "street", JINSONG), id).getStatusCode().value())
			.isEqualTo(403);
		assertThat(start(district(HAIDIAN), id).getStatusCode().value()).isEqualTo(404);
		ResponseEntity<JsonNode> street = start(street(JINSONG), id);
		assertThat(street.getStatusCode().value()).isEqualTo(403);
		assertThat(street.getBody().get("operation").asText()).isEqualTo("housing.construction.start");
		assertThat(http.get(district(CHAOYANG), PROJECTS + "/{id}/gate", "not-a-uuid").getStatusCode().value())
			.isEqualTo(400);
		assertThatThrownBy(() -> gates(district(HAIDIAN)).getGate(GetGateRequest.newBuilder().setProjectId(id).build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
		assertThatThrownBy(() -> gates(district(CHAOYANG)).getGate(GetGateRequest.newBuilder().setProjectId("x").build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class, ex -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
				assertThat(GrpcRefusals.fieldViolations(ex)).extracting(BadRequest.FieldViolation::getField)
					.containsExactly("project_id");
			});
		assertThatThrownBy(() -> gates(TestInfrastructure.token("OPERATOR", "utility", "water"))
			.getGate(GetGateRequest.newBuilder().setProjectId(id).build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));

		ResponseEntity<JsonNode> bad = http.post(district(CHAOYANG),
				Map.of("startedOn", "3 December", "builder", "=HYPERLINK()", "note", "施工许可已取得"),
				PROJECTS + "/{id}/construction-start", id);
		assertThat(bad.getStatusCode().value()).isEqualTo(400);
		assertThat(bad.getBody().get("errors").findValuesAsString("field")).contains("startedOn", "builder");
		assertThat(status(id)).isEqualTo("PLANNED");
	}

	private ConstructionServiceGrpc.ConstructionServiceBlockingStub gates(String token) {
		return ConstructionServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(LocalGrpc.bearer(token));
	}

	private ResponseEntity<JsonNode> gate(String token, String id) {
		return http.get(token, PROJECTS + "/{id}/gate", id);
	}

	private ResponseEntity<JsonNode> start(String token, String id) {
		return http.post(token,
				Map.of("startedOn", "2026-12-03", "builder", "北京城建集团有限公司", "note", "施工许可已取得"),
				PROJECTS + "/{id}/construction-start", id);
	}

	private String status(String id) {
		return jdbc.sql("SELECT status FROM renovation_project WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
	}

}
