package cn.bjrenovation.planning.design;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.fixtures.housing.HousingEvents;
import cn.bjrenovation.fixtures.housing.HousingProjectEvents;
import cn.bjrenovation.housing.v1.Community;
import cn.bjrenovation.housing.v1.ProjectSnapshot;
import cn.bjrenovation.housing.v1.ProjectStatus;
import cn.bjrenovation.planning.v1.AttachmentChunk;
import cn.bjrenovation.planning.v1.DesignApproved;
import cn.bjrenovation.planning.v1.DesignCaseStatus;
import cn.bjrenovation.planning.v1.DesignFacts;
import cn.bjrenovation.planning.v1.DesignReturned;
import cn.bjrenovation.planning.v1.DesignServiceGrpc;
import cn.bjrenovation.planning.v1.DownloadAttachmentRequest;
import cn.bjrenovation.planning.v1.GetDesignCaseRequest;
import cn.bjrenovation.planning.v1.ListDesignCasesRequest;
import cn.bjrenovation.planning.v1.DesignCaseFilter;
import cn.bjrenovation.planning.v1.PermitDetermination;
import cn.bjrenovation.planning.v1.UtilityKind;
import cn.bjrenovation.platform.envelope.AuditRecorded;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestEvents;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Design cases through planning's own REST and gRPC ports: opened by housing's facts on {@code housing.project}, the
 * street's planner submitting, the commission returning with all its comments and approving, every refusal changing
 * nothing, the facts on {@code planning.design} in order.
 */
@ServiceTest
class DesignCaseTest {

	private static final String CHAOYANG = "110105";

	private static final String CASES = "/api/planning/design-cases";

	private static final String CASE = CASES + "/{id}";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static KafkaConsumer<String, byte[]> consumer;

	private static final Map<String, List<EventEnvelope>> seen = new LinkedHashMap<>();

	@Autowired
	LocalHttp http;

	@Autowired
	LocalGrpc grpc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@BeforeAll
	static void subscribe() {
		consumer = TestEvents.subscribe(DesignFacts.TOPIC, AuditRecorded.TOPIC);
	}

	@AfterAll
	static void close() {
		consumer.close();
	}

	/** A street with its planner (dev-planner, whom PLANNER test tokens name), a community on it, its project planned. */
	private record Planned(String street, String community, String project) {
	}

	private Planned planned(boolean historic) {
		String street = HousingEvents.uniqueStreet(CHAOYANG);
		ResponseEntity<JsonNode> assigned = http.put(official(),
				Map.of("plannerSubject", "dev-planner", "plannerName", "李规划"), "/api/planning/streets/{s}/planner",
				street);
		assertThat(assigned.getStatusCode().value()).isEqualTo(200);
		Community community = HousingEvents.community("设计小区-" + UUID.randomUUID(), street, 1985)
			.toBuilder()
			.setHistoricDistrict(historic)
			.build();
		HousingEvents.publishRegistered(community);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get(official(), "/api/planning/communities/{id}", community.getCommunityId())
				.getStatusCode()
				.value() == 200);
		String project = plan(community.getCommunityId(), street);
		return new Planned(street, community.getCommunityId(), project);
	}

	/** housing's facts for a project of the community, up to its entry into the plan of 2026. */
	private String plan(String community, String street) {
		ProjectSnapshot applied = HousingProjectEvents.applied(community, street,
				List.of(HousingProjectEvents.WATER_SUPPLY));
		ProjectSnapshot reserved = HousingProjectEvents.moved(applied, ProjectStatus.RESERVED, null);
		ProjectSnapshot planned = HousingProjectEvents.moved(reserved, ProjectStatus.PLANNED, 2026);
		HousingProjectEvents.publish(HousingProjectEvents.projectApplied(UUID.randomUUID().toString(), applied));
		HousingProjectEvents.publish(HousingProjectEvents.projectReserved(UUID.randomUUID().toString(), reserved));
		HousingProjectEvents.publish(HousingProjectEvents.projectPlanned(UUID.randomUUID().toString(), planned));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get(official(), CASE, planned.getProjectId()).getStatusCode().value() == 200);
		return planned.getProjectId();
	}

	@Test
	void aPlannedProjectOpensItsCaseForTheStreetsPlannerOnceHoweverOftenTheFactArrives() {
		Planned planned = planned(false);

		JsonNode read = http.get(planner(), CASE, planned.project()).getBody();
		assertThat(read.get("status").asText()).isEqualTo("OPEN");
		assertThat(read.get("planYear").asInt()).isEqualTo(2026);
		assertThat(read.get("plannerSubject").asText()).isEqualTo("dev-planner");
		assertThat(jdbc.sql("SELECT count(*) FROM design_case WHERE project_id = CAST(:id AS uuid)")
			.param("id", planned.project())
			.query(Long.class)
			.single()).isEqualTo(1);
		List<EventEnvelope> facts = factsAbout(planned.project(), 1);
		assertThat(facts).extracting(EventEnvelope::getType).containsExactly(DesignFacts.DESIGN_CASE_OPENED);
	}

	@Test
	void submitReturnWithAllCommentsResubmitApproveAndTheFactsFollowInOrder() throws Exception {
		Planned planned = planned(false);
		assertThat(http.post(planner(), opinions(), CASE + "/opinions", planned.project()).getStatusCode().value())
			.isEqualTo(201);
		String drawing = upload(planned.project(), "application/pdf", pdf()).get("id").asText();

		ResponseEntity<JsonNode> submitted = http.post(planner(), scheme(drawing, 300_000_00L, null), CASE + "/schemes",
				planned.project());
		assertThat(submitted.getStatusCode().value()).as("%s", submitted.getBody()).isEqualTo(201);
		assertThat(submitted.getBody().get("status").asText()).isEqualTo("SUBMITTED");

		ResponseEntity<JsonNode> returned = http.post(official(), Map.of("decision", "RETURN", "comments",
				List.of(Map.of("part", "item:GAS_SUPPLY", "text", "燃气管径与户数不符"),
						Map.of("part", "drawings", "text", "缺少管线综合图"))),
				CASE + "/review", planned.project());
		assertThat(returned.getStatusCode().value()).as("%s", returned.getBody()).isEqualTo(200);
		assertThat(returned.getBody().get("status").asText()).isEqualTo("RETURNED");

		String secondDrawing = upload(planned.project(), "application/pdf", pdf()).get("id").asText();
		ResponseEntity<JsonNode> resubmitted = http.post(planner(),
				scheme(secondDrawing, 320_000_00L, null), CASE + "/schemes", planned.project());
		assertThat(resubmitted.getStatusCode().value()).as("%s", resubmitted.getBody()).isEqualTo(201);

		ResponseEntity<JsonNode> refused = http.post(official(), Map.of("decision", "RETURN", "comments",
				List.of(Map.of("part", "item:WATER_SUPPLY", "text", "新的意见"))), CASE + "/review", planned.project());
		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(refused.getBody().get("rule").asText()).isEqualTo("A3-8 一次性提出审查意见");
		assertThat(refused.getBody().get("field").asText()).isEqualTo("comments[0].part");
		assertThat(http.get(official(), CASE, planned.project()).getBody().get("status").asText()).isEqualTo("SUBMITTED");

		ResponseEntity<JsonNode> approved = http.post(official(), Map.of("decision", "APPROVE"), CASE + "/review",
				planned.project());
		assertThat(approved.getStatusCode().value()).as("%s", approved.getBody()).isEqualTo(200);

		JsonNode read = http.get(official(), CASE, planned.project()).getBody();
		assertThat(read.get("status").asText()).isEqualTo("APPROVED");
		assertThat(read.get("schemes")).hasSize(2);
		assertThat(read.get("schemes").get(0).get("review").get("comments").findValuesAsString("part"))
			.containsExactly("item:GAS_SUPPLY", "drawings");
		assertThat(read.get("schemes").get(1).get("changedParts").toString()).contains("item:GAS_SUPPLY", "drawings");
		assertThat(read.get("permits").findValuesAsString("determination")).containsExactly("NONE", "NONE", "NONE");

		List<EventEnvelope> facts = factsAbout(planned.project(), 5);
		assertThat(facts).extracting(EventEnvelope::getType)
			.containsExactly(DesignFacts.DESIGN_CASE_OPENED, DesignFacts.DESIGN_SUBMITTED, DesignFacts.DESIGN_RETURNED,
					DesignFacts.DESIGN_SUBMITTED, DesignFacts.DESIGN_APPROVED);
		DesignReturned returnedFact = DesignReturned.parseFrom(facts.get(2).getPayload());
		assertThat(returnedFact.getCommentsList()).hasSize(2);
		DesignApproved approvedFact = DesignFacts.approved(facts.get(4).getPayload());
		assertThat(approvedFact.getProject().getStreetCode()).isEqualTo(planned.street());
		assertThat(approvedFact.getProject().getPlanYear()).isEqualTo(2026);
		assertThat(approvedFact.getSchemeVersion()).isEqualTo(2);
		assertThat(approvedFact.getTotalCostFen()).isEqualTo(320_000_00L + 200_000_00L + 50_000_00L);
		assertThat(DesignFacts.pipelineItems(approvedFact)).extracting(item -> item.getItem().getUtility())
			.containsExactly(UtilityKind.GAS, UtilityKind.WATER, UtilityKind.OVERHEAD_LINES);
		assertThat(approvedFact.getItemsList()).allMatch(item -> item.getPermit() == PermitDetermination.NONE);
		assertThat(approvedFact.getApprover()).isEqualTo("dev-planning");
		assertThat(String.join("\n", audited(planned.project()))).contains("planning.design.submit",
				"planning.design.review", "planning.design.opinions.record", "planning.design.attachment.upload");
	}

	@Test
	void aPlannerActsOnlyOnTheStreetsPlanningAssignedThemWhateverTheirTokenSays() {
		Planned planned = planned(false);
		String stranger = TestInfrastructure.issuer()
			.mint("planner-elsewhere", Map.of("role", "PLANNER", "street", planned.street()));

		assertThat(http.get(stranger, CASE, planned.project()).getStatusCode().value()).isEqualTo(404);
		ResponseEntity<JsonNode> submit = http.post(stranger, scheme(null, 1, null), CASE + "/schemes",
				planned.project());
		assertThat(submit.getStatusCode().value()).isEqualTo(404);
		assertThat(http.get(stranger, CASES + "?streetCode=" + planned.street(), new Object[0]).getBody().get("items"))
			.isEmpty();
		String reassignedAway = TestInfrastructure.token("PLANNER", "street", "110105017");
		assertThat(http.get(reassignedAway, CASE, planned.project()).getStatusCode().value())
			.as("dev-planner serves the street whatever street their token names").isEqualTo(200);
		assertThat(jdbc.sql("SELECT count(*) FROM design_scheme WHERE project_id = CAST(:id AS uuid)")
			.param("id", planned.project())
			.query(Long.class)
			.single()).as("the refused submission stored nothing").isZero();
	}

	@Test
	void financeReadsApprovedSchemesOnlyAndTheDistrictItsOwn() {
		Planned planned = planned(false);
		String finance = TestInfrastructure.token("FINANCE");

		assertThat(http.get(finance, CASE, planned.project()).getStatusCode().value()).isEqualTo(404);
		assertThat(http.get(TestInfrastructure.token("DISTRICT", "district", CHAOYANG), CASE, planned.project())
			.getStatusCode()
			.value()).isEqualTo(200);
		assertThat(http.get(TestInfrastructure.token("DISTRICT", "district", "110108"), CASE, planned.project())
			.getStatusCode()
			.value()).isEqualTo(404);
		assertThat(http.post(planner(), scheme(null, 1, null), CASE + "/schemes", planned.project())
			.getStatusCode()
			.value()).isEqualTo(201);
		assertThat(http.post(official(), Map.of("decision", "APPROVE"), CASE + "/review", planned.project())
			.getStatusCode()
			.value()).isEqualTo(200);
		assertThat(http.get(finance, CASE, planned.project()).getStatusCode().value()).isEqualTo(200);
		assertThat(designs(finance).getDesignCase(GetDesignCaseRequest.newBuilder().setProjectId(planned.project()).build())
			.getDesignCase()
			.getStatus()).isEqualTo(DesignCaseStatus.APPROVED);
		assertThat(http.post(planner(), Map.of("decision", "APPROVE"), CASE + "/review", planned.project())
			.getStatusCode()
			.value()).isEqualTo(403);
	}

	@Test
	void anAttachmentComesBackWithTheSameBytesAndChecksumOverRestAndGrpc() throws Exception {
		Planned planned = planned(false);
		byte[] png = new byte[200_000];
		new java.util.Random(7).nextBytes(png);
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, 0, png, 0, 8);
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));

		JsonNode uploaded = upload(planned.project(), "image/png", png);
		assertThat(uploaded.get("mediaType").asText()).isEqualTo("image/png");
		assertThat(uploaded.get("sizeBytes").asLong()).isEqualTo(png.length);
		assertThat(uploaded.get("sha256").asText()).isEqualTo(sha);

		HttpResponse<byte[]> downloaded = raw("GET", CASES + "/" + planned.project() + "/attachments/"
				+ uploaded.get("id").asText(), null, null, official());
		assertThat(downloaded.statusCode()).isEqualTo(200);
		assertThat(downloaded.body()).isEqualTo(png);
		assertThat(downloaded.headers().firstValue("X-Checksum-SHA256")).contains(sha);
		assertThat(downloaded.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));

		List<AttachmentChunk> chunks = new ArrayList<>();
		designs(official()).downloadAttachment(DownloadAttachmentRequest.newBuilder()
			.setProjectId(planned.project())
			.setAttachmentId(uploaded.get("id").asText())
			.build()).forEachRemaining(chunks::add);
		ByteString bytes = ByteString.EMPTY;
		for (AttachmentChunk chunk : chunks) {
			bytes = bytes.concat(chunk.getData());
		}
		assertThat(bytes.toByteArray()).isEqualTo(png);
		assertThat(chunks).hasSizeGreaterThan(1);
		assertThat(chunks.get(0).getAttachment().getSha256()).isEqualTo(sha);
	}

	@Test
	void aFileWhoseContentIsNotItsDeclaredTypeOrNoAcceptedTypeOrTooLargeIsRefusedAndNothingIsStored() throws Exception {
		Planned planned = planned(false);

		HttpResponse<byte[]> mismatch = raw("POST", uploadPath(planned.project()), "image/png", pdf(), planner());
		assertThat(mismatch.statusCode()).isEqualTo(400);
		assertThat(json(mismatch).get("errors").get(0).get("field").asText()).isEqualTo("Content-Type");
		assertThat(json(mismatch).get("errors").get(0).get("reason").asText()).contains("image/png", "application/pdf");

		HttpResponse<byte[]> executable = raw("POST", uploadPath(planned.project()), "application/octet-stream",
				"MZ\u0090 not a drawing".getBytes(StandardCharsets.ISO_8859_1), planner());
		assertThat(executable.statusCode()).isEqualTo(400);
		assertThat(json(executable).get("errors").get(0).get("field").asText()).isEqualTo("content");

		byte[] huge = new byte[21 * 1024 * 1024];
		System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 5);
		HttpResponse<byte[]> tooLarge = raw("POST", uploadPath(planned.project()), "application/pdf", huge, planner());
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(json(tooLarge).get("limitBytes").asLong()).isEqualTo(20L * 1024 * 1024);

		// a multipart body (the upload takes the raw file): refused as problem+json, not with a bare 413 by a multipart
		// parser whose limit (10 MB) is not the attachment's (found by PlanningFuzzTest)
		HttpResponse<byte[]> multipart = raw("POST", uploadPath(planned.project()), "multipart/form-data; boundary=x",
				new byte[11 * 1024 * 1024], planner());
		assertThat(multipart.statusCode()).isBetween(400, 499);
		assertThat(multipart.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));

		assertThat(jdbc.sql("SELECT count(*) FROM design_attachment WHERE project_id = CAST(:id AS uuid)")
			.param("id", planned.project())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aHistoricDistrictsForbiddenItemIsRefusedNamingTheRuleAndNothingIsStored() {
		Planned planned = planned(true);
		Map<String, Object> solar = new LinkedHashMap<>(scheme(null, 1, "保持青砖灰瓦、沿街立面不变"));
		solar.put("items", List.of(Map.of("catalogueCode", "SOLAR_PV", "quantity", 40, "unit", "块",
				"estimatedCostFen", 100_000)));

		ResponseEntity<JsonNode> refused = http.post(planner(), solar, CASE + "/schemes", planned.project());
		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(refused.getBody().get("rule").asText()).isEqualTo("§二(二) 历史文化街区风貌保护");
		assertThat(refused.getBody().get("field").asText()).isEqualTo("items[0].code");

		ResponseEntity<JsonNode> silent = http.post(planner(), scheme(null, 1, null), CASE + "/schemes",
				planned.project());
		assertThat(silent.getStatusCode().value()).isEqualTo(422);
		assertThat(silent.getBody().get("field").asText()).isEqualTo("historicKeeping");
		assertThat(jdbc.sql("SELECT count(*) FROM design_scheme WHERE project_id = CAST(:id AS uuid)")
			.param("id", planned.project())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anOpenIllegalConstructionHoldsUpApprovalUntilResolved() {
		Planned planned = planned(false);
		ResponseEntity<JsonNode> determined = http.post(official(),
				Map.of("what", "一层加建彩钢房 30m²", "location", "3号楼南侧", "decision", "DEMOLISH"),
				"/api/planning/communities/{c}/illegal-constructions", planned.community());
		assertThat(determined.getStatusCode().value()).as("%s", determined.getBody()).isEqualTo(201);
		http.post(planner(), scheme(null, 1, null), CASE + "/schemes", planned.project());
		assertThat(http.get(planner(), CASE, planned.project()).getBody().get("openIllegalConstructions")).hasSize(1);

		ResponseEntity<JsonNode> refused = http.post(official(), Map.of("decision", "APPROVE"), CASE + "/review",
				planned.project());
		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(refused.getBody().get("rule").asText()).contains("违法建设认定");
		assertThat(http.get(official(), CASE, planned.project()).getBody().get("status").asText()).isEqualTo("SUBMITTED");

		assertThat(http.post(official(), Map.of("resolution", "已自行拆除，现场核查"),
				"/api/planning/illegal-constructions/{id}/resolution", determined.getBody().get("id").asText())
			.getStatusCode()
			.value()).isEqualTo(200);
		assertThat(http.post(official(), Map.of("decision", "APPROVE"), CASE + "/review", planned.project())
			.getStatusCode()
			.value()).isEqualTo(200);
	}

	@Test
	void everyBadFieldOfASchemeIsReportedAtOnceAndOverGrpcABadIdNamesTheField() {
		Planned planned = planned(false);
		Map<String, Object> bad = new LinkedHashMap<>();
		bad.put("items", List.of(Map.of("catalogueCode", "NO_SUCH_ITEM", "quantity", -1, "unit", "米",
				"estimatedCostFen", -5)));
		bad.put("summary", "=cmd");

		ResponseEntity<JsonNode> refused = http.post(planner(), bad, CASE + "/schemes", planned.project());
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").findValuesAsString("field")).contains("items[0].quantity",
				"items[0].estimatedCostFen", "changesLandRights", "summary");

		assertThatThrownBy(() -> designs(official())
			.getDesignCase(GetDesignCaseRequest.newBuilder().setProjectId("nope").build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class, ex -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
				assertThat(ex.getStatus().getDescription()).contains("project_id");
			});
		assertThat(designs(TestInfrastructure.token("STREET", "street", planned.street()))
			.listDesignCases(ListDesignCasesRequest.newBuilder()
				.setFilter(DesignCaseFilter.newBuilder().setStreetCode(planned.street()))
				.build())
			.getDesignCasesList()).extracting(found -> found.getProject().getProjectId())
			.containsExactly(planned.project());
	}

	@Test
	void aProjectTakenOutOfThePlanSuspendsItsCase() {
		Planned planned = planned(false);
		ProjectSnapshot removed = ProjectSnapshot.newBuilder()
			.setProjectId(planned.project())
			.setCommunityId(planned.community())
			.setCommunityName("测试小区")
			.setDistrictCode(CHAOYANG)
			.setStreetCode(planned.street())
			.setStatus(ProjectStatus.RESERVED)
			.setVersion(10)
			.build();
		HousingProjectEvents.publish(HousingProjectEvents.removedFromPlan(UUID.randomUUID().toString(), removed, 2026,
				"资金不足，调出年度计划"));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> "SUSPENDED".equals(http.get(official(), CASE, planned.project()).getBody().get("status").asText()));
		assertThat(factsAbout(planned.project(), 2)).extracting(EventEnvelope::getType)
			.containsExactly(DesignFacts.DESIGN_CASE_OPENED, DesignFacts.DESIGN_CASE_SUSPENDED);
	}

	@Test
	void theEffectEvaluationWaitsForTheJointAcceptanceAndIsRecordedOnce() throws Exception {
		Planned planned = planned(false);
		String drawing = upload(planned.project(), "application/pdf", pdf()).get("id").asText();
		assertThat(http.post(planner(), opinions(), CASE + "/opinions", planned.project()).getStatusCode().value())
			.isEqualTo(201);
		assertThat(http.post(planner(), scheme(drawing, 300_000_00L, null), CASE + "/schemes", planned.project())
			.getStatusCode()
			.value()).isEqualTo(201);
		assertThat(http.post(official(), Map.of("decision", "APPROVE"), CASE + "/review", planned.project())
			.getStatusCode()
			.value()).isEqualTo(200);
		Map<String, Object> evaluation = Map.of("rating", 4, "findings", "管线入地，居民满意度高");

		ResponseEntity<JsonNode> tooEarly = http.put(planner(), evaluation, CASE + "/evaluation", planned.project());
		assertThat(tooEarly.getStatusCode().value()).as("%s", tooEarly.getBody()).isEqualTo(409);
		assertThat(tooEarly.getBody().get("detail").asText()).contains("APPROVED", "JointAcceptancePassed");

		ProjectSnapshot accepted = ProjectSnapshot.newBuilder()
			.setProjectId(planned.project())
			.setCommunityId(planned.community())
			.setCommunityName("测试小区")
			.setDistrictCode(CHAOYANG)
			.setStreetCode(planned.street())
			.setStatus(ProjectStatus.ACCEPTED)
			.setPlanYear(2026)
			.setVersion(20)
			.build();
		EventEnvelope passed = TestEvents.envelope(UUID.randomUUID().toString(),
				cn.bjrenovation.housing.v1.ProjectFacts.JOINT_ACCEPTANCE_PASSED, "housing-service", planned.project(),
				cn.bjrenovation.housing.v1.JointAcceptancePassed.newBuilder()
					.setProject(accepted)
					.setTransition(HousingProjectEvents.transition(accepted, "ACCEPT",
							ProjectStatus.CONSTRUCTION_COMPLETED, "DISTRICT"))
					.build());
		HousingProjectEvents.publish(passed);
		HousingProjectEvents.publish(passed);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "ACCEPTED".equals(http.get(official(), CASE, planned.project()).getBody().get("status").asText()));

		ResponseEntity<JsonNode> evaluated = http.put(planner(), evaluation, CASE + "/evaluation", planned.project());
		assertThat(evaluated.getStatusCode().value()).as("%s", evaluated.getBody()).isEqualTo(201);
		assertThat(http.put(planner(), evaluation, CASE + "/evaluation", planned.project()).getStatusCode().value())
			.as("recorded once").isEqualTo(409);
	}

	@Test
	void aProjectFactThatCanNeverBeAPlannedProjectIsDeadLettered() {
		ProjectSnapshot bad = HousingProjectEvents.moved(HousingProjectEvents.applied(UUID.randomUUID().toString(),
				"110105017", List.of()), ProjectStatus.PLANNED, 2026).toBuilder().setStreetCode("110108001").build();
		HousingProjectEvents.publish(HousingProjectEvents.projectPlanned(UUID.randomUUID().toString(), bad));

		assertThat(TestEvents.awaitDeadLetter("housing.project", bad.getProjectId())).isNotNull();
		assertThat(http.get(official(), CASE, bad.getProjectId()).getStatusCode().value()).isEqualTo(404);
	}

	/** Found by ProjectEventFuzzTest: the NUL reached the database and was dead-lettered as its error, SQL included. */
	@Test
	void aProjectFactWhoseCommunityNameHoldsANulIsDeadLetteredAsMalformed() {
		ProjectSnapshot bad = HousingProjectEvents.moved(HousingProjectEvents.applied(UUID.randomUUID().toString(),
				"110105017", List.of()), ProjectStatus.PLANNED, 2026).toBuilder().setCommunityName("劲松\u0000小区").build();
		HousingProjectEvents.publish(HousingProjectEvents.projectPlanned(UUID.randomUUID().toString(), bad));

		var dead = TestEvents.awaitDeadLetter("housing.project", bad.getProjectId());
		assertThat(dead).isNotNull();
		assertThat(new String(dead.headers().lastHeader("kafka_dlt-exception-cause-fqcn").value(),
				StandardCharsets.UTF_8)).isEqualTo("cn.bjrenovation.platform.envelope.MalformedEventException");
		assertThat(http.get(official(), CASE, bad.getProjectId()).getStatusCode().value()).isEqualTo(404);
	}

	private static Map<String, Object> opinions() {
		return Map.of("method", "MEETING", "collectedFrom", "2026-01-10", "collectedTo", "2026-01-12", "participants",
				86, "requests", List.of("更换老旧燃气管道", "架空线入地"));
	}

	/** A scheme with gas, water and overhead lines, gas costing {@code gasFen}. */
	private static Map<String, Object> scheme(String attachment, long gasFen, String historicKeeping) {
		Map<String, Object> scheme = new LinkedHashMap<>();
		scheme.put("items", List.of(
				Map.of("catalogueCode", "GAS_SUPPLY", "quantity", 1200, "unit", "米", "estimatedCostFen", gasFen),
				Map.of("catalogueCode", "WATER_SUPPLY", "quantity", 900.5, "unit", "米", "estimatedCostFen", 200_000_00L),
				Map.of("catalogueCode", "OVERHEAD_LINES", "quantity", 1, "unit", "项", "estimatedCostFen", 50_000_00L)));
		scheme.put("changesLandRights", false);
		scheme.put("changesPlanningConditions", false);
		if (historicKeeping != null) {
			scheme.put("historicKeeping", historicKeeping);
		}
		scheme.put("summary", "燃气、供水管线更新，架空线入地");
		scheme.put("attachmentIds", attachment == null ? List.of() : List.of(attachment));
		return scheme;
	}

	private static byte[] pdf() {
		return ("%PDF-1.7\n" + UUID.randomUUID() + "\n%%EOF").getBytes(StandardCharsets.US_ASCII);
	}

	private JsonNode upload(String project, String type, byte[] content) throws Exception {
		HttpResponse<byte[]> response = raw("POST", uploadPath(project), type, content, planner());
		assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(201);
		return json(response);
	}

	private static String uploadPath(String project) {
		return CASES + "/" + project + "/attachments?kind=DRAWING&fileName=drawing.pdf";
	}

	private HttpResponse<byte[]> raw(String method, String path, String type, byte[] body, String token)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + token)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (type != null) {
			request.header("Content-Type", type);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static JsonNode json(HttpResponse<byte[]> response) {
		return new ObjectMapper().readTree(response.body());
	}

	private static String official() {
		return TestInfrastructure.token("PLANNING");
	}

	private static String planner() {
		return TestInfrastructure.token("PLANNER", "street", "110105017");
	}

	private DesignServiceGrpc.DesignServiceBlockingStub designs(String token) {
		return DesignServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(LocalGrpc.bearer(token));
	}

	private static List<EventEnvelope> factsAbout(String projectId, int atLeast) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			poll();
			return seen.getOrDefault(projectId, List.of()).stream()
				.filter(envelope -> DesignFacts.TYPES.contains(envelope.getType()))
				.count() >= atLeast;
		});
		return seen.get(projectId).stream().filter(envelope -> DesignFacts.TYPES.contains(envelope.getType())).toList();
	}

	private static List<String> audited(String projectId) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			poll();
			return seen.values().stream().flatMap(List::stream).filter(envelope -> envelope.getType().equals("AuditRecorded")
					&& envelope.getPayload().toStringUtf8().contains(projectId)).count() >= 5;
		});
		return seen.values()
			.stream()
			.flatMap(List::stream)
			.filter(envelope -> envelope.getPayload().toStringUtf8().contains(projectId))
			.map(envelope -> envelope.getPayload().toStringUtf8())
			.toList();
	}

	private static void poll() throws Exception {
		for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
			EventEnvelope envelope = EventEnvelope.parseFrom(record.value());
			seen.computeIfAbsent(record.key() == null ? envelope.getAggregateId() : record.key(),
					key -> new ArrayList<>()).add(envelope);
		}
	}

}
