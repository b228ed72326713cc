package cn.bjrenovation.planning.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.fixtures.housing.HousingEvents;
import cn.bjrenovation.planning.v1.GetResponsiblePlannerRequest;
import cn.bjrenovation.planning.v1.GetResponsiblePlannerResponse;
import cn.bjrenovation.planning.v1.PlannerServiceGrpc;
import cn.bjrenovation.platform.testing.GrpcRefusals;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Responsible planners (责任规划师) per street, over REST and gRPC. */
@ServiceTest
class ResponsiblePlannerTest {

	private static final String CHAOYANG = "110105";

	private static final String HAIDIAN = "110108";

	private static final String PATH = "/api/planning/streets/{street}/planner";

	@Autowired
	LocalGrpc grpc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LocalHttp http;

	@Test
	void planningAssignsAPlannerWhomTheStreetAndDepartmentSystemsThenSee() {
		String street = HousingEvents.uniqueStreet(CHAOYANG);

		String official = TestInfrastructure.issuer().mint("planning-official-wang", Map.of("role", "PLANNING"));

		ResponseEntity<JsonNode> assigned = http.put(official,
				Map.of("plannerSubject", "planner-li", "plannerName", "李规划"), PATH, street);

		assertThat(assigned.getStatusCode().value()).isEqualTo(200);
		assertThat(assigned.getBody().get("streetCode").asText()).isEqualTo(street);
		assertThat(assigned.getBody().get("plannerSubject").asText()).isEqualTo("planner-li");
		assertThat(assigned.getBody().get("assignedBy").asText()).isEqualTo("planning-official-wang");
		assertThat(assigned.getBody().get("assignmentId").asText()).isNotBlank();

		ResponseEntity<JsonNode> seenByStreet = http.get(TestInfrastructure.token("STREET", "street", street), PATH,
				street);
		assertThat(seenByStreet.getStatusCode().value()).isEqualTo(200);
		assertThat(seenByStreet.getBody().get("plannerName").asText()).isEqualTo("李规划");
		assertThat(seenByStreet.getBody().get("assignedAt").asText())
			.isEqualTo(assigned.getBody().get("assignedAt").asText());
		assertThat(seenByStreet.getBody().get("assignmentId").asText())
			.isEqualTo(assigned.getBody().get("assignmentId").asText());

		GetResponsiblePlannerResponse viaGrpc = planners(TestInfrastructure.token("HOUSING"))
			.getResponsiblePlanner(GetResponsiblePlannerRequest.newBuilder().setStreetCode(street).build());
		assertThat(viaGrpc.getStreetCode()).isEqualTo(street);
		assertThat(viaGrpc.getPlannerSubject()).isEqualTo("planner-li");
		assertThat(viaGrpc.getPlannerName()).isEqualTo("李规划");
		assertThat(viaGrpc.getCommunitiesOnStreet()).isZero();
	}

	@Test
	void reassignmentReplacesThePlannerKeepsTheHistoryAndRepeatingItChangesNothing() {
		String street = HousingEvents.uniqueStreet(CHAOYANG);

		String first = assign(street, "planner-zhang", "张规划").getBody().get("assignmentId").asText();
		String repeated = assign(street, "planner-zhang", "张规划").getBody().get("assignmentId").asText();
		String second = assign(street, "planner-zhao", "赵规划").getBody().get("assignmentId").asText();

		assertThat(http.get(TestInfrastructure.token("PLANNING"), PATH, street).getBody().get("plannerSubject").asText())
			.isEqualTo("planner-zhao");
		assertThat(jdbc.sql("SELECT planner_subject FROM planner_assignment WHERE street_code = :street ORDER BY id")
			.param("street", street)
			.query(String.class)
			.list()).containsExactly("planner-zhang", "planner-zhao");
		assertThat(repeated).as("repeating an assignment answers the one in force").isEqualTo(first);
		assertThat(jdbc.sql("SELECT assignment_id::text FROM planner_assignment WHERE street_code = :street ORDER BY id")
			.param("street", street)
			.query(String.class)
			.list()).containsExactly(first, second);
	}

	@Test
	void streetCodeThatIsNotNineDigitsIsRefusedNamingItAndNothingIsStored() {
		ResponseEntity<JsonNode> refused = assign("11010501", "planner-li", "李规划");

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("streetCode");
		assertThat(refused.getBody().get("errors").get(0).get("reason").asText()).contains("11010501", "9-digit");
		assertThat(jdbc.sql("SELECT count(*) FROM planner_assignment WHERE street_code = '11010501'")
			.query(Long.class)
			.single()).isZero();

		ResponseEntity<JsonNode> read = http.get(TestInfrastructure.token("PLANNING"), PATH, "11010501x");
		assertThat(read.getStatusCode().value()).isEqualTo(400);
		assertThat(read.getBody().get("errors").get(0).get("field").asText()).isEqualTo("streetCode");
	}

	@Test
	void everyBrokenRuleOfAnAssignmentIsReportedAtOnce() {
		ResponseEntity<JsonNode> refused = assign("abc", " ", "");

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").findValuesAsString("field"))
			.containsExactly("streetCode", "plannerSubject", "plannerName");
	}

	@Test
	void streetCodeThatIsNotNineDigitsOverGrpcIsInvalidArgumentNamingIt() {
		assertThatThrownBy(() -> planners(TestInfrastructure.token("HOUSING"))
			.getResponsiblePlanner(GetResponsiblePlannerRequest.newBuilder().setStreetCode("110105").build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class, ex -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
				assertThat(ex.getStatus().getDescription()).contains("street_code");
				assertThat(GrpcRefusals.fieldViolations(ex)).extracting(BadRequest.FieldViolation::getField)
					.containsExactly("street_code");
				assertThat(GrpcRefusals.fieldViolations(ex).get(0).getDescription()).contains("110105", "9-digit");
			});
	}

	@Test
	void streetWithoutPlannerIsNotFound() {
		String street = HousingEvents.uniqueStreet(CHAOYANG);

		assertThat(http.get(TestInfrastructure.token("PLANNING"), PATH, street).getStatusCode().value()).isEqualTo(404);
		assertThatThrownBy(() -> planners(TestInfrastructure.token("HOUSING"))
			.getResponsiblePlanner(GetResponsiblePlannerRequest.newBuilder().setStreetCode(street).build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
	}

	@Test
	void districtsAndPlannersSeeOnlyTheirOwnStreetsPlanner() {
		String street = HousingEvents.uniqueStreet(CHAOYANG);
		assign(street, "planner-sun", "孙规划");

		assertThat(status(TestInfrastructure.token("DISTRICT", "district", CHAOYANG), street)).isEqualTo(200);
		assertThat(status(TestInfrastructure.token("DISTRICT", "district", HAIDIAN), street)).isEqualTo(404);
		assertThat(status(TestInfrastructure.token("PLANNER", "street", street), street)).isEqualTo(200);
		assertThat(status(TestInfrastructure.token("PLANNER", "street", "110105017"), street)).isEqualTo(404);
	}

	@Test
	void scopedCallersOverGrpcAreHeldToTheirOwnStreetsToo() {
		String street = HousingEvents.uniqueStreet(CHAOYANG);
		assign(street, "planner-qian", "钱规划");
		GetResponsiblePlannerRequest request = GetResponsiblePlannerRequest.newBuilder().setStreetCode(street).build();

		assertThat(planners(TestInfrastructure.token("PLANNER", "street", street)).getResponsiblePlanner(request)
			.getPlannerSubject()).isEqualTo("planner-qian");
		assertThat(planners(TestInfrastructure.token("DISTRICT", "district", CHAOYANG)).getResponsiblePlanner(request)
			.getPlannerSubject()).isEqualTo("planner-qian");
		assertThatThrownBy(
				() -> planners(TestInfrastructure.token("DISTRICT", "district", HAIDIAN)).getResponsiblePlanner(request))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
	}

	@Test
	void onlyTheCommissionAssignsPlanners() {
		String street = HousingEvents.uniqueStreet(CHAOYANG);

		ResponseEntity<JsonNode> refused = http.put(TestInfrastructure.token("PLANNER", "street", street),
				Map.of("plannerSubject", "planner-self", "plannerName", "自荐"), PATH, street);

		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(refused.getBody().get("operation").asText()).isEqualTo("planning.planner.assign");
	}

	private ResponseEntity<JsonNode> assign(String street, String subject, String name) {
		return http.put(TestInfrastructure.token("PLANNING"), Map.of("plannerSubject", subject, "plannerName", name),
				PATH, street);
	}

	private int status(String token, String street) {
		return http.get(token, PATH, street).getStatusCode().value();
	}

	private PlannerServiceGrpc.PlannerServiceBlockingStub planners(String token) {
		return PlannerServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(LocalGrpc.bearer(token));
	}

}
