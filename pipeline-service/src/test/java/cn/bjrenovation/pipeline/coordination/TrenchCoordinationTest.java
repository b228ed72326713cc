package cn.bjrenovation.pipeline.coordination;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.fixtures.housing.HousingProjectEvents;
import cn.bjrenovation.fixtures.planning.PlanningDesignEvents;
import cn.bjrenovation.housing.v1.ProjectSnapshot;
import cn.bjrenovation.housing.v1.ProjectStatus;
import cn.bjrenovation.pipeline.v1.CoordinationFacts;
import cn.bjrenovation.pipeline.v1.CoordinationServiceGrpc;
import cn.bjrenovation.pipeline.v1.GetCoordinationPlanRequest;
import cn.bjrenovation.pipeline.v1.ListStreetWindowsRequest;
import cn.bjrenovation.pipeline.v1.ListStreetWindowsResponse;
import cn.bjrenovation.pipeline.v1.PipelinesCoordinated;
import cn.bjrenovation.pipeline.v1.Utility;
import cn.bjrenovation.planning.v1.DesignFacts;
import cn.bjrenovation.planning.v1.DesignProject;
import cn.bjrenovation.planning.v1.ItemClass;
import cn.bjrenovation.planning.v1.UtilityKind;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import cn.bjrenovation.platform.testing.GrpcRefusals;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestEvents;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Pipeline coordination end to end on real PostgreSQL and a real broker: planning's DesignApproved produced to the
 * test broker becomes a plan; windows are scheduled, shared and refused over REST; operators confirm; works complete;
 * DRC hands over; the facts arrive on {@code pipeline.coordination}; gRPC answers as REST does.
 */
@ServiceTest
class TrenchCoordinationTest {

	private static final String JINSONG = "110105017";

	private static final String PLAN = "/api/pipeline/plans/{projectId}";

	private static final String CITY_MGMT = TestInfrastructure.token("CITY_MGMT");

	private static final String DRC = TestInfrastructure.token("DRC");

	private static KafkaConsumer<String, byte[]> consumer;

	private static final Map<String, List<EventEnvelope>> seen = new LinkedHashMap<>();

	@Autowired
	LocalHttp http;

	@Autowired
	LocalGrpc grpc;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.kafka.consumer.group-id}")
	String group;

	@BeforeAll
	static void subscribe() {
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
		props.put(ConsumerConfig.GROUP_ID_CONFIG, "coordination-test-" + UUID.randomUUID());
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
		consumer.subscribe(List.of(CoordinationFacts.TOPIC));
	}

	@AfterAll
	static void close() {
		consumer.close();
	}

	@Test
	void anApprovedDesignWithPipelineItemsBecomesADraftPlanWithTheDistrictsOperators() {
		String project = approvedOnJinsong(PlanningDesignEvents.gasWaterAndOverheadLines());

		JsonNode plan = http.get(CITY_MGMT, PLAN, project).getBody();
		assertThat(plan.get("status").asText()).isEqualTo("DRAFTED");
		assertThat(plan.get("overheadLinesUnderground").asBoolean()).isTrue();
		assertThat(plan.get("parts").findValuesAsString("utility")).containsExactly("WATER", "GAS", "OVERHEAD_LINES");
		assertThat(part(plan, "GAS").get("operators").findValuesAsString("name")).containsExactly("北京市燃气集团有限责任公司");
		assertThat(part(plan, "WATER").get("operators").findValuesAsString("code")).containsExactly("BJ-WATER");
		assertThat(part(plan, "GAS").get("estimatedCostFen").asLong()).isEqualTo(180_000_000L);
		assertThat(types(awaitEvents(project, 1))).containsExactly(CoordinationFacts.COORDINATION_PLANNED);
	}

	@Test
	void aDesignWithoutPipelineItemsNeverOpensAPlan() {
		DesignProject project = PlanningDesignEvents.project(JINSONG, "无管线小区", 2026);
		TestEvents.awaitConsumed(group, PlanningDesignEvents.publish(PlanningDesignEvents.designApproved(
				UUID.randomUUID().toString(), project, 1,
				List.of(PlanningDesignEvents.otherItem("ELEVATOR_ADDITION", "加装电梯", ItemClass.COMPLETE, 60_000_000L)))));

		assertThat(http.get(CITY_MGMT, PLAN, project.getProjectId()).getStatusCode().value()).isEqualTo(404);
		assertThat(count("coordination_plan", project.getProjectId())).isZero();
	}

	@Test
	void replayedApprovalsAreHarmless() {
		DesignProject project = PlanningDesignEvents.project(JINSONG, "重放小区", 2026);
		EventEnvelope approved = PlanningDesignEvents.designApproved(UUID.randomUUID().toString(), project, 1,
				PlanningDesignEvents.gasWaterAndOverheadLines());
		TestEvents.awaitConsumed(group, PlanningDesignEvents.publish(approved), PlanningDesignEvents.publish(approved),
				PlanningDesignEvents.publish(PlanningDesignEvents.designApproved(UUID.randomUUID().toString(), project,
						2, List.of(PlanningDesignEvents.pipelineItem("HEATING", "供热", UtilityKind.HEATING, 10, "米", 1)))));

		assertThat(count("coordination_plan", project.getProjectId())).isEqualTo(1);
		assertThat(count("plan_transition", project.getProjectId())).as("drafted once").isEqualTo(1);
		assertThat(http.get(CITY_MGMT, PLAN, project.getProjectId()).getBody().get("parts").findValuesAsString("utility"))
			.as("the first approval's plan stays").containsExactly("WATER", "GAS", "OVERHEAD_LINES");
		assertThat(types(awaitEvents(project.getProjectId(), 1))).containsExactly(CoordinationFacts.COORDINATION_PLANNED);
	}

	@Test
	void operatorsShareOneTrenchConfirmTheirOwnPartsAndThePlanIsCoordinatedOnce() {
		String project = approvedOnJinsong(PlanningDesignEvents.gasWaterAndOverheadLines());
		String segment = freshSegment();
		ResponseEntity<JsonNode> gas = openWindow(project, segment, "2027-04-01", "2027-05-15", "REINSTATEMENT", "GAS");
		assertThat(gas.getStatusCode().value()).as("%s", gas.getBody()).isEqualTo(201);
		String window = gas.getBody().get("windowId").asText();

		ResponseEntity<JsonNode> ownWindow = openWindow(project, segment, "2027-05-01", "2027-05-31", "REINSTATEMENT",
				"WATER");
		assertThat(ownWindow.getStatusCode().value()).as("%s", ownWindow.getBody()).isEqualTo(422);
		assertThat(ownWindow.getBody().get("detail").asText()).contains(window, "2027-04-01", "2027-05-15");
		assertThat(ownWindow.getBody().get("field").asText()).isEqualTo("startDate");

		ResponseEntity<JsonNode> joined = http.post(CITY_MGMT, Map.of("utilities", List.of("WATER", "overhead_lines")),
				PLAN + "/windows/{windowId}/participants", project, window);
		assertThat(joined.getStatusCode().value()).as("%s", joined.getBody()).isEqualTo(200);
		assertThat(joined.getBody().get("participants").findValuesAsString("role"))
			.containsExactly("PRIMARY", "SECONDARY", "SECONDARY");
		assertThat(joined.getBody().get("participants").findValuesAsString("utility"))
			.containsExactlyInAnyOrder("GAS", "WATER", "OVERHEAD_LINES");

		assertThat(http.post(CITY_MGMT, Map.of(), PLAN + "/invitation", project).getBody().get("status").asText())
			.isEqualTo("INVITED");

		ResponseEntity<JsonNode> forAnother = confirm(project, "water", "gas");
		assertThat(forAnother.getStatusCode().value()).as("%s", forAnother.getBody()).isEqualTo(403);
		assertThat(forAnother.getBody().get("operation").asText()).isEqualTo("pipeline.part.confirm");

		assertThat(confirm(project, "gas", "gas").getBody().get("status").asText()).isEqualTo("INVITED");
		assertThat(confirm(project, "water", "water").getBody().get("status").asText()).isEqualTo("INVITED");
		JsonNode coordinated = confirm(project, "overhead_lines", "OVERHEAD_LINES").getBody();
		assertThat(coordinated.get("status").asText()).isEqualTo("COORDINATED");
		assertThat(part(coordinated, "GAS").get("contributionFen").asLong()).isEqualTo(5_000_000L);

		List<EventEnvelope> events = awaitEvents(project, 6);
		assertThat(types(events).subList(0, 4)).containsExactly(CoordinationFacts.COORDINATION_PLANNED,
				CoordinationFacts.OPERATORS_INVITED, CoordinationFacts.OPERATOR_CONFIRMED,
				CoordinationFacts.OPERATOR_CONFIRMED);
		// the last confirmation and the coordination are two facts of one transaction: the outbox externalizes each
		// on its own (asynchronously), so they may reach the topic in either order
		assertThat(types(events).subList(4, 6)).containsExactlyInAnyOrder(CoordinationFacts.OPERATOR_CONFIRMED,
				CoordinationFacts.PIPELINES_COORDINATED);
		PipelinesCoordinated fact = parse(events.stream()
			.filter(event -> CoordinationFacts.PIPELINES_COORDINATED.equals(event.getType()))
			.findFirst()
			.orElseThrow());
		assertThat(fact.getContributionsFen()).isEqualTo(15_000_000L);
		assertThat(fact.getWindowsList()).hasSize(1);
		assertThat(fact.getWindows(0).getParticipantsCount()).isEqualTo(3);

		var viaGrpc = coordination(TestInfrastructure.token("OPERATOR", "utility", "gas"))
			.getCoordinationPlan(GetCoordinationPlanRequest.newBuilder().setProjectId(project).build())
			.getPlan();
		assertThat(viaGrpc.getPartsList()).extracting(part -> part.getUtility())
			.containsExactly(Utility.WATER, Utility.GAS, Utility.OVERHEAD_LINES);
		assertThat(viaGrpc.getWindows(0).getWindowId()).isEqualTo(window);
		assertThatThrownBy(() -> coordination(TestInfrastructure.token("OPERATOR", "utility", "heating"))
			.getCoordinationPlan(GetCoordinationPlanRequest.newBuilder().setProjectId(project).build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					refusal -> assertThat(refusal.getStatus().getCode()).as("a plan without heating")
						.isEqualTo(Status.Code.NOT_FOUND));
	}

	@Test
	void twoRequestsRacingForOneSegmentCannotBothGetIn() throws Exception {
		int racers = 6;
		List<String> projects = new ArrayList<>();
		for (int i = 0; i < racers; i++) {
			projects.add(approvedOnJinsong(List.of(PlanningDesignEvents.pipelineItem("GAS_SUPPLY", "供气", UtilityKind.GAS,
					100, "米", 1_000_000L))));
		}
		String segment = freshSegment();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(racers);
		try {
			List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
			for (String project : projects) {
				answers.add(threads.submit(() -> {
					start.await();
					return openWindow(project, segment, "2027-06-01", "2027-06-30", "REINSTATEMENT", "GAS");
				}));
			}
			start.countDown();
			List<ResponseEntity<JsonNode>> got = new ArrayList<>();
			for (Future<ResponseEntity<JsonNode>> answer : answers) {
				got.add(answer.get());
			}
			List<ResponseEntity<JsonNode>> in = got.stream().filter(answer -> answer.getStatusCode().value() == 201).toList();
			assertThat(in).as("exactly one window on the segment: %s", got).hasSize(1);
			String winner = in.get(0).getBody().get("windowId").asText();
			assertThat(got.stream().filter(answer -> answer.getStatusCode().value() != 201))
				.hasSize(racers - 1)
				.allSatisfy(refused -> {
					assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(422);
					assertThat(refused.getBody().get("detail").asText()).contains(winner);
				});
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM trench_window WHERE segment_code = :segment")
			.param("segment", segment)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aRebuiltSegmentIsProtectedForFiveYearsUnlessAnExceptionIsApprovedAndTheNetworksAreHandedOver() {
		String first = approvedOnJinsong(List.of(PlanningDesignEvents.pipelineItem("GAS_SUPPLY", "供气", UtilityKind.GAS,
				300, "米", 9_000_000L)));
		String segment = freshSegment();
		String window = openWindow(first, segment, "2027-04-01", "2027-05-15", "REBUILD", "GAS").getBody()
			.get("windowId")
			.asText();
		http.post(CITY_MGMT, Map.of(), PLAN + "/invitation", first);
		assertThat(confirm(first, "gas", "gas").getBody().get("status").asText()).isEqualTo("COORDINATED");
		String gas = TestInfrastructure.token("OPERATOR", "utility", "gas");
		assertThat(report(gas, first, "gas", window, "STARTED", "2027-04-02").getStatusCode().value()).isEqualTo(200);
		JsonNode reinstated = report(gas, first, "gas", window, "REINSTATED_PERMANENT", "2027-05-10").getBody();
		assertThat(reinstated.get("status").asText()).isEqualTo("COMPLETED");
		assertThat(reinstated.get("protectedUntil").asText()).isEqualTo("2032-05-09");
		assertThat(http.get(CITY_MGMT, PLAN, first).getBody().get("status").asText()).isEqualTo("COMPLETED");

		String second = approvedOnJinsong(List.of(PlanningDesignEvents.pipelineItem("WATER_SUPPLY", "供水",
				UtilityKind.WATER, 200, "米", 4_000_000L)));
		ResponseEntity<JsonNode> protectedSegment = openWindow(second, segment, "2029-04-01", "2029-04-30",
				"REINSTATEMENT", "WATER");
		assertThat(protectedSegment.getStatusCode().value()).as("%s", protectedSegment.getBody()).isEqualTo(422);
		assertThat(protectedSegment.getBody().get("rule").asText()).isEqualTo("《城市道路管理条例》第三十三条");
		assertThat(protectedSegment.getBody().get("detail").asText()).contains(window, "2032-05-09", "2032-05-10");

		Map<String, Object> withException = new LinkedHashMap<>(windowRequest(segment, "2029-04-01", "2029-04-30",
				"REINSTATEMENT", "WATER"));
		withException.put("protectionException", Map.of("approvalReference", "京政城管批〔2029〕12号", "approvedBy",
				"北京市人民政府", "approvedOn", "2029-03-01", "reason", "供水管道爆管抢修"));
		ResponseEntity<JsonNode> excepted = http.post(CITY_MGMT, withException, PLAN + "/windows", second);
		assertThat(excepted.getStatusCode().value()).as("%s", excepted.getBody()).isEqualTo(201);
		assertThat(excepted.getBody().get("protectionException").get("approvalReference").asText())
			.isEqualTo("京政城管批〔2029〕12号");

		ResponseEntity<JsonNode> inspected = http.post(CITY_MGMT, Map.of("windowId", window, "inspectedOn", "2027-05-12",
				"passed", true, "findings", "路面恢复平整"), PLAN + "/inspections", first);
		assertThat(inspected.getStatusCode().value()).as("%s", inspected.getBody()).isEqualTo(201);
		Map<String, Object> handover = Map.of("acceptanceReference", "联合验收-2027-001", "handedOverOn", "2027-06-01",
				"note", "燃气管网移交北京燃气集团");
		ResponseEntity<JsonNode> beforeAcceptance = http.post(DRC, handover, PLAN + "/handover", first);
		assertThat(beforeAcceptance.getStatusCode().value()).as("%s", beforeAcceptance.getBody()).isEqualTo(409);
		assertThat(beforeAcceptance.getBody().get("detail").asText()).contains("JointAcceptancePassed");

		String acceptance = UUID.randomUUID().toString();
		EventEnvelope accepted = jointAcceptancePassed(acceptance, first);
		TestEvents.awaitConsumed(group, HousingProjectEvents.publish(accepted), HousingProjectEvents.publish(accepted));
		ResponseEntity<JsonNode> handedOver = http.post(DRC, handover, PLAN + "/handover", first);
		assertThat(handedOver.getStatusCode().value()).as("%s", handedOver.getBody()).isEqualTo(200);
		assertThat(handedOver.getBody().get("status").asText()).isEqualTo("HANDED_OVER");
		assertThat(handedOver.getBody().get("handover").get("acceptanceReference").asText())
			.isEqualTo("JointAcceptancePassed " + acceptance);
		assertThat(handedOver.getBody().get("handover").get("note").asText()).contains("联合验收-2027-001");
		assertThat(types(awaitEvents(first, 6))).endsWith(CoordinationFacts.WORKS_COMPLETED,
				CoordinationFacts.NETWORKS_HANDED_OVER);
		assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id "
				+ "AND event_type LIKE '%AuditRecorded'").param("id", "%" + first + "%").query(Integer.class).single())
			.as("audit records of the invitation, confirmation, inspection and handover").isGreaterThanOrEqualTo(4);
	}

	@Test
	void aProjectTakenOutOfThePlanReleasesItsWindowsForOthers() {
		String project = approvedOnJinsong(List.of(PlanningDesignEvents.pipelineItem("POWER_SUPPLY", "供电",
				UtilityKind.POWER, 100, "米", 2_000_000L)));
		String segment = freshSegment();
		String window = openWindow(project, segment, "2027-08-01", "2027-08-31", "REINSTATEMENT", "POWER").getBody()
			.get("windowId")
			.asText();
		ProjectSnapshot removed = HousingProjectEvents
			.moved(HousingProjectEvents.applied(UUID.randomUUID().toString(), JINSONG, List.of())
				.toBuilder()
				.setProjectId(project)
				.build(), ProjectStatus.RESERVED, null);
		TestEvents.awaitConsumed(group, HousingProjectEvents
			.publish(HousingProjectEvents.removedFromPlan(UUID.randomUUID().toString(), removed, 2027, "资金未落实")));

		assertThat(http.get(CITY_MGMT, PLAN, project).getBody().get("status").asText()).isEqualTo("RELEASED");
		assertThat(calendar(segment.substring(0, 9), "2027-08-01", "2027-08-31")).doesNotContain(window);
		String other = approvedOnJinsong(List.of(PlanningDesignEvents.pipelineItem("POWER_SUPPLY", "供电",
				UtilityKind.POWER, 100, "米", 2_000_000L)));
		ResponseEntity<JsonNode> reopened = openWindow(other, segment, "2027-08-01", "2027-08-31", "REINSTATEMENT",
				"POWER");
		assertThat(reopened.getStatusCode().value()).as("the segment is free again").isEqualTo(201);
		String otherWindow = reopened.getBody().get("windowId").asText();
		assertThat(types(awaitEvents(project, 2))).containsExactly(CoordinationFacts.COORDINATION_PLANNED,
				CoordinationFacts.COORDINATION_RELEASED);

		ProjectSnapshot withdrawn = HousingProjectEvents.moved(removed, ProjectStatus.WITHDRAWN, null);
		TestEvents.awaitConsumed(group,
				HousingProjectEvents.publish(
						HousingProjectEvents.removedFromPlan(UUID.randomUUID().toString(), removed, 2027, "再次调整")),
				HousingProjectEvents.publish(TestEvents.envelope(UUID.randomUUID().toString(),
						cn.bjrenovation.housing.v1.ProjectFacts.PROJECT_WITHDRAWN, "housing-service", project,
						cn.bjrenovation.housing.v1.ProjectWithdrawn.newBuilder()
							.setProject(withdrawn)
							.setTransition(HousingProjectEvents.transition(withdrawn, "WITHDRAW", ProjectStatus.RESERVED,
									"COMMUNITY_ORG"))
							.build())));
		assertThat(calendar(segment.substring(0, 9), "2027-08-01", "2027-08-31"))
			.as("a replayed release leaves the window the segment's next user opened").contains(otherWindow);
		assertThat(http.get(CITY_MGMT, PLAN, other).getBody().get("status").asText()).isEqualTo("DRAFTED");
		assertThat(http.get(CITY_MGMT, PLAN, project).getBody().get("status").asText()).isEqualTo("RELEASED");
		assertThat(types(awaitEvents(project, 2))).as("released once").containsExactly(
				CoordinationFacts.COORDINATION_PLANNED, CoordinationFacts.COORDINATION_RELEASED);
	}

	private static EventEnvelope jointAcceptancePassed(String eventId, String project) {
		ProjectSnapshot accepted = HousingProjectEvents
			.moved(HousingProjectEvents.applied(UUID.randomUUID().toString(), JINSONG, List.of())
				.toBuilder()
				.setProjectId(project)
				.build(), ProjectStatus.ACCEPTED, 2027);
		return TestEvents.envelope(eventId, cn.bjrenovation.housing.v1.ProjectFacts.JOINT_ACCEPTANCE_PASSED,
				"housing-service", project, cn.bjrenovation.housing.v1.JointAcceptancePassed.newBuilder()
					.setProject(accepted)
					.setTransition(HousingProjectEvents.transition(accepted, "ACCEPT",
							ProjectStatus.CONSTRUCTION_COMPLETED, "DISTRICT"))
					.build());
	}

	@Test
	void theStreetCalendarListsTheStreetsWindowsInTheRangeOverRestAndGrpc() {
		String project = approvedOnJinsong(PlanningDesignEvents.gasWaterAndOverheadLines());
		String street = "110105017";
		String segment = freshSegment();
		String window = openWindow(project, segment, "2031-03-01", "2031-03-20", "OVERHAUL", "GAS", "WATER").getBody()
			.get("windowId")
			.asText();

		assertThat(calendar(street, "2031-03-10", "2031-03-10")).contains(window);
		assertThat(calendar(street, "2031-03-21", "2031-12-31")).doesNotContain(window);
		ListStreetWindowsResponse viaGrpc = coordination(TestInfrastructure.token("OPERATOR", "utility", "telecom"))
			.listStreetWindows(ListStreetWindowsRequest.newBuilder()
				.setStreetCode(street)
				.setFrom("2031-03-01")
				.setTo("2031-03-31")
				.build());
		assertThat(viaGrpc.getWindowsList()).extracting(w -> w.getWindowId()).contains(window);
		assertThat(http.get(TestInfrastructure.token("DISTRICT", "district", "110108"),
				"/api/pipeline/streets/{street}/windows?from=2031-03-01&to=2031-03-31", street).getStatusCode().value())
			.as("another district's street reads as absent").isEqualTo(404);
	}

	/**
	 * The public notice board (公示): anyone reads a street's works without a token — dates, utilities, stages — and
	 * never the window's, plan's or project's ids, operators' staff or money.
	 */
	@Test
	void theStreetsWorksAreOnThePublicBoardWithoutIdsPeopleOrMoney() {
		String project = approvedOnJinsong(PlanningDesignEvents.gasWaterAndOverheadLines());
		String segment = freshSegment();
		String window = openWindow(project, segment, "2032-05-01", "2032-05-20", "OVERHAUL", "GAS", "WATER").getBody()
			.get("windowId")
			.asText();

		ResponseEntity<JsonNode> answer = http.get(null,
				"/api/public/pipeline/streets/{street}/works?from=2032-05-10&to=2032-05-10", JINSONG);

		assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
		assertThat(answer.getHeaders().getCacheControl()).contains("public").contains("max-age=60");
		JsonNode works = answer.getBody();
		assertThat(works.propertyNames()).containsExactlyInAnyOrder("streetCode", "from", "to", "windows");
		JsonNode ours = null;
		for (JsonNode found : works.get("windows")) {
			assertThat(found.propertyNames()).containsExactlyInAnyOrder("segmentCode", "segmentName", "startDate",
					"endDate", "status", "roadWork", "roadWorkLabel", "completedOn", "protectedUntil", "works");
			if (found.get("segmentCode").asText().equals(segment)) {
				ours = found;
			}
		}
		assertThat(ours).as("the window on %s", segment).isNotNull();
		assertThat(ours.get("works").findValuesAsString("utility")).containsExactlyInAnyOrder("GAS", "WATER");
		assertThat(ours.get("works").get(0).propertyNames()).containsExactlyInAnyOrder("utility", "utilityName",
				"stage", "stageLabel", "stageOn");
		assertThat(works.toString()).doesNotContain(window, project, "Fen", "operator", "openedBy");

		assertThat(http.get(null, "/api/public/pipeline/streets/{street}/works?from=x", "1101").getBody()
			.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("streetCode", "from");
		assertThat(http.get(null, "/api/pipeline/streets/{street}/windows", JINSONG).getStatusCode().value())
			.as("the officials' calendar still needs a token").isEqualTo(401);
	}

	@Test
	void everyBadFieldIsReportedAtOnceOverRestAndGrpc() {
		String project = approvedOnJinsong(List.of(PlanningDesignEvents.pipelineItem("GAS_SUPPLY", "供气", UtilityKind.GAS,
				100, "米", 1_000_000L)));
		ResponseEntity<JsonNode> refused = http.post(CITY_MGMT, Map.of("segmentCode", "劲松中街", "segmentName", "=cmd",
				"startDate", "2027-13-01", "endDate", "tomorrow", "roadWork", "PAVING", "utilities", List.of("SEWAGE")),
				PLAN + "/windows", project);

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("segmentCode",
				"segmentName", "startDate", "endDate", "roadWork", "utilities[0]");

		assertThatThrownBy(() -> coordination(CITY_MGMT).listStreetWindows(
				ListStreetWindowsRequest.newBuilder().setStreetCode("1101").setFrom("yesterday").build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class, ex -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
				assertThat(GrpcRefusals.fieldViolations(ex)).extracting(BadRequest.FieldViolation::getField)
					.containsExactlyInAnyOrder("street_code", "from");
			});
	}

	@Test
	void anApprovalWhosePipelineItemNamesNoNetworkIsDeadLettered() {
		DesignProject project = PlanningDesignEvents.project(JINSONG, "坏事件小区", 2026);
		PlanningDesignEvents.publish(PlanningDesignEvents.designApproved(UUID.randomUUID().toString(), project, 1,
				List.of(PlanningDesignEvents.pipelineItem("WATER_SUPPLY", "供水", UtilityKind.UTILITY_KIND_UNSPECIFIED, 1,
						"米", 1))));

		ConsumerRecord<String, byte[]> dead = TestEvents.awaitDeadLetter(DesignFacts.TOPIC, project.getProjectId());
		assertThat(new String(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN).value()))
			.isEqualTo(MalformedEventException.class.getName());
		assertThat(count("coordination_plan", project.getProjectId())).isZero();
	}

	// ---- helpers ----

	/** A design approved for a fresh project on 劲松, produced to the broker as planning writes it; the plan's id. */
	private String approvedOnJinsong(List<cn.bjrenovation.planning.v1.ApprovedItem> items) {
		DesignProject project = PlanningDesignEvents.project(JINSONG, "劲松测试小区", 2026);
		PlanningDesignEvents.publish(PlanningDesignEvents.designApproved(UUID.randomUUID().toString(), project, 1, items));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get(CITY_MGMT, PLAN, project.getProjectId()).getStatusCode().value() == 200);
		return project.getProjectId();
	}

	private static String freshSegment() {
		return "110105017-T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

	private static Map<String, Object> windowRequest(String segment, String start, String end, String roadWork,
			String... utilities) {
		return Map.of("segmentCode", segment, "segmentName", "劲松测试路段", "startDate", start, "endDate", end,
				"roadWork", roadWork, "utilities", List.of(utilities));
	}

	private ResponseEntity<JsonNode> openWindow(String project, String segment, String start, String end,
			String roadWork, String... utilities) {
		return http.post(CITY_MGMT, windowRequest(segment, start, end, roadWork, utilities), PLAN + "/windows", project);
	}

	/** The operator of {@code ownUtility} confirms the part of {@code part}: 50,000 yuan for its network. */
	private ResponseEntity<JsonNode> confirm(String project, String ownUtility, String part) {
		JsonNode plan = http.get(CITY_MGMT, PLAN, project).getBody();
		JsonNode window = plan.get("windows").get(0);
		return http.post(TestInfrastructure.token("OPERATOR", "utility", ownUtility),
				Map.of("scope", "改造" + part + "管线", "from", window.get("startDate").asText(), "to",
						window.get("endDate").asText(), "contributionFen", 5_000_000L),
				PLAN + "/parts/{utility}/confirmation", project, part);
	}

	private ResponseEntity<JsonNode> report(String token, String project, String utility, String window, String stage,
			String on) {
		return http.post(token, Map.of("windowId", window, "stage", stage, "on", on), PLAN + "/parts/{utility}/works",
				project, utility);
	}

	private String calendar(String street, String from, String to) {
		ResponseEntity<JsonNode> answer = http.get(CITY_MGMT,
				"/api/pipeline/streets/{street}/windows?from={from}&to={to}", street, from, to);
		assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
		return answer.getBody().toString();
	}

	private CoordinationServiceGrpc.CoordinationServiceBlockingStub coordination(String token) {
		return CoordinationServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(LocalGrpc.bearer(token));
	}

	private static JsonNode part(JsonNode plan, String utility) {
		for (JsonNode part : plan.get("parts")) {
			if (part.get("utility").asText().equals(utility)) {
				return part;
			}
		}
		throw new AssertionError("no " + utility + " part in " + plan);
	}

	private int count(String table, String projectId) {
		return jdbc.sql("SELECT count(*) FROM " + table + " WHERE project_id = :id")
			.param("id", UUID.fromString(projectId))
			.query(Integer.class)
			.single();
	}

	private static List<String> types(List<EventEnvelope> events) {
		return events.stream().map(EventEnvelope::getType).toList();
	}

	private static PipelinesCoordinated parse(EventEnvelope envelope) {
		try {
			return CoordinationFacts.coordinated(envelope.getPayload());
		}
		catch (com.google.protobuf.InvalidProtocolBufferException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The project's facts on {@code pipeline.coordination}, waiting until there are {@code count}; then a moment more. */
	private static synchronized List<EventEnvelope> awaitEvents(String projectId, int count) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			poll();
			return seen.getOrDefault(projectId, List.of()).size() >= count;
		});
		poll();
		return List.copyOf(seen.get(projectId));
	}

	private static void poll() {
		for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
			try {
				seen.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(EventEnvelope.parseFrom(record.value()));
			}
			catch (com.google.protobuf.InvalidProtocolBufferException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

}
