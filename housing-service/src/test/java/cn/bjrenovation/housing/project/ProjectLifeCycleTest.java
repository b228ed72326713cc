package cn.bjrenovation.housing.project;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.community.Surveys;
import cn.bjrenovation.housing.v1.GetProjectRequest;
import cn.bjrenovation.housing.v1.ItemClass;
import cn.bjrenovation.housing.v1.ListProjectsRequest;
import cn.bjrenovation.housing.v1.ProjectAccepted;
import cn.bjrenovation.housing.v1.ProjectApplied;
import cn.bjrenovation.housing.v1.ProjectFacts;
import cn.bjrenovation.housing.v1.ProjectFilter;
import cn.bjrenovation.housing.v1.ProjectReserved;
import cn.bjrenovation.housing.v1.ProjectReturned;
import cn.bjrenovation.housing.v1.ProjectServiceGrpc;
import cn.bjrenovation.housing.v1.ProjectStatus;
import cn.bjrenovation.housing.v1.ProjectTransition;
import cn.bjrenovation.housing.v1.ReviewLevel;
import cn.bjrenovation.housing.v1.WatchProjectRequest;
import cn.bjrenovation.platform.testing.GrpcRefusals;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A renovation project's life from application to the reserve pool (申报制, plan §三(一), A1-3) over REST and gRPC: each
 * step only by the right role in its own place, every rule refusing with its reason and changing nothing, the facts on
 * {@code housing.project} in order, the audit trail.
 */
@ServiceTest
class ProjectLifeCycleTest {

	private static final String CHAOYANG = "110105";

	private static final String JINSONG = "110105017";

	private static final String HAIDIAN = "110108";

	private static final String WANSHOULU = "110108001";

	private static final String PROJECTS = "/api/housing/projects";

	private static ProjectFactsSeen facts;

	@Autowired
	LocalHttp http;

	@Autowired
	LocalGrpc grpc;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void subscribe() {
		facts = ProjectFactsSeen.subscribe();
	}

	@AfterAll
	static void close() {
		facts.close();
	}

	@Test
	void aCommunityOrganisationAppliesAndTheStreetDistrictAndJointConferenceTakeItIntoTheReservePool() throws Exception {
		String community = community(true, true);
		String org = TestInfrastructure.token("COMMUNITY_ORG", "community", community);

		ResponseEntity<JsonNode> applied = http.post(org, application(community), PROJECTS);

		assertThat(applied.getStatusCode().value()).as("%s", applied.getBody()).isEqualTo(201);
		String id = applied.getBody().get("id").asText();
		assertThat(applied.getHeaders().getLocation()).hasToString(PROJECTS + "/" + id);
		assertThat(applied.getBody().get("status").asText()).isEqualTo("APPLIED");
		assertThat(applied.getBody().get("consent").get("areaAgreeing").decimalValue()).isEqualByComparingTo("6900");
		assertThat(applied.getBody().get("items").findValuesAsString("itemClass")).containsExactly("BASIC", "COMPLETE");

		assertThat(review(street(JINSONG), id, "street-review", "ACCEPT").getBody().get("status").asText())
			.isEqualTo("STREET_ACCEPTED");
		assertThat(review(district(CHAOYANG), id, "district-review", "ACCEPT").getBody().get("status").asText())
			.isEqualTo("DISTRICT_ACCEPTED");
		ResponseEntity<JsonNode> reserved = review(TestInfrastructure.token("HOUSING"), id, "municipal-decision",
				"APPROVE");
		assertThat(reserved.getBody().get("status").asText()).isEqualTo("RESERVED");

		JsonNode read = http.get(org, PROJECTS + "/{id}", id).getBody();
		assertThat(read.get("history").findValuesAsString("action")).containsExactly("APPLY", "STREET_ACCEPT",
				"DISTRICT_ACCEPT", "MUNICIPAL_APPROVE");
		assertThat(read.get("history").findValuesAsString("role")).containsExactly("COMMUNITY_ORG", "STREET",
				"DISTRICT", "HOUSING");
		assertThat(read.get("history").get(1).get("scope").asText()).isEqualTo("street=" + JINSONG);
		assertThat(read.get("history").get(1).get("fromStatus").asText()).isEqualTo("APPLIED");
		assertThat(read.toString()).doesNotContain("\"project_id\"", "\"sequence\"");

		List<EventEnvelope> events = awaitEvents(id, 4);
		assertThat(events).extracting(EventEnvelope::getType)
			.containsExactly("ProjectApplied", "ProjectAccepted", "ProjectAccepted", "ProjectReserved");
		assertThat(events).allSatisfy(event -> {
			assertThat(event.getAggregateId()).isEqualTo(id);
			assertThat(event.getProducer()).isEqualTo("housing-service");
			assertThat(event.getSchemaVersion()).isEqualTo(ProjectFacts.SCHEMA_VERSION);
		});
		ProjectApplied first = ProjectApplied.parseFrom(events.get(0).getPayload());
		assertThat(first.getProject().getCommunityId()).isEqualTo(community);
		assertThat(first.getProject().getDistrictCode()).isEqualTo(CHAOYANG);
		assertThat(first.getProject().getStreetCode()).isEqualTo(JINSONG);
		assertThat(first.getProject().getItemsList()).anySatisfy(item -> {
			assertThat(item.getCode()).isEqualTo("WATER_SUPPLY");
			assertThat(item.getItemClass()).isEqualTo(ItemClass.BASIC);
			assertThat(item.getTouchesUtility()).isTrue();
		});
		assertThat(first.getConsent().getOwnersAgreeing()).isEqualTo(100);
		assertThat(ProjectAccepted.parseFrom(events.get(1).getPayload()).getLevel()).isEqualTo(ReviewLevel.STREET_REVIEW);
		assertThat(ProjectAccepted.parseFrom(events.get(2).getPayload()).getLevel())
			.isEqualTo(ReviewLevel.DISTRICT_REVIEW);
		ProjectReserved pool = ProjectReserved.parseFrom(events.get(3).getPayload());
		assertThat(pool.getProject().getStatus()).isEqualTo(ProjectStatus.RESERVED);
		assertThat(pool.getProject().getVersion()).isEqualTo(4);
		assertThat(pool.getTransition().getRole()).isEqualTo("HOUSING");
		assertThat(ProjectFacts.snapshot(events.get(3).getType(), events.get(3).getPayload()).getProjectId())
			.isEqualTo(id);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT operation FROM audit_record WHERE target = :id AND kind = 'change' ORDER BY position")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("housing.project.apply", "housing.project.street-review",
					"housing.project.district-review", "housing.project.municipal-decision"));
	}

	@Test
	void departmentSystemsGetListAndWatchAProjectOverGrpcWithinTheirScope() {
		String community = community(true, true);
		String id = apply(community);

		var viaGrpc = projects(TestInfrastructure.token("FINANCE"))
			.getProject(GetProjectRequest.newBuilder().setProjectId(id).build());
		assertThat(viaGrpc.getProject().getSnapshot().getStatus()).isEqualTo(ProjectStatus.APPLIED);
		assertThat(viaGrpc.getProject().getHistoryList()).extracting(ProjectTransition::getAction).containsExactly("APPLY");

		var listed = projects(street(JINSONG)).listProjects(ListProjectsRequest.newBuilder()
			.setFilter(ProjectFilter.newBuilder().setCommunityId(community).setItemClass(ItemClass.COMPLETE))
			.build());
		assertThat(listed.getProjectsList()).extracting(project -> project.getSnapshot().getProjectId())
			.containsExactly(id);
		assertThat(projects(street(WANSHOULU)).listProjects(ListProjectsRequest.newBuilder()
			.setFilter(ProjectFilter.newBuilder().setCommunityId(community))
			.build()).getProjectsList()).isEmpty();

		assertThatThrownBy(() -> projects(district(HAIDIAN))
			.getProject(GetProjectRequest.newBuilder().setProjectId(id).build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));

		Iterator<ProjectTransition> watch = projects(district(CHAOYANG)).withDeadlineAfter(20, TimeUnit.SECONDS)
			.watchProject(WatchProjectRequest.newBuilder().setProjectId(id).build());
		assertThat(watch.next().getAction()).isEqualTo("APPLY");
		review(street(JINSONG), id, "street-review", "RETURN", "缺少业主签字");
		ProjectTransition returned = watch.next();
		assertThat(returned.getAction()).isEqualTo("STREET_RETURN");
		assertThat(returned.getReasonsList()).containsExactly("缺少业主签字");
		withdraw(community, id);
		assertThat(watch.next().getToStatus()).isEqualTo(ProjectStatus.WITHDRAWN);
		assertThat(watch.hasNext()).as("a closed project's watch ends").isFalse();
	}

	@Test
	void everyBadFieldOfAnApplicationIsReportedAtOnceAndNothingIsStored() {
		String community = community(true, true);
		long before = count();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("communityId", "not-a-uuid");
		body.put("items", List.of(Map.of("code", "WATER_SUPPLY"), Map.of("code", "GOLD_TAPS"), Map.of("code", "WATER_SUPPLY")));
		body.put("consent", Map.of("owners", 0, "ownersAgreeing", 5, "area", 100, "areaAgreeing", 200));
		body.put("note", "=SUM(A1)");

		ResponseEntity<JsonNode> refused = http.post(TestInfrastructure.token("COMMUNITY_ORG", "community", community),
				body, PROJECTS);

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsExactly("communityId",
				"items[1].code", "items[2].code", "consent.owners", "consent.ownersAgreeing", "consent.areaAgreeing",
				"obligationsAccepted", "note");
		assertThat(count()).isEqualTo(before);

		assertThatThrownBy(() -> projects(TestInfrastructure.token("HOUSING")).listProjects(ListProjectsRequest
			.newBuilder()
			.setFilter(ProjectFilter.newBuilder().setDistrictCode("11").setStreetCode("x").setYear(1800))
			.setPageSize(9999)
			.setPageToken("???")
			.build())).isInstanceOfSatisfying(StatusRuntimeException.class, ex -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
				assertThat(GrpcRefusals.fieldViolations(ex)).extracting(BadRequest.FieldViolation::getField)
					.containsExactly("filter.district_code", "filter.street_code", "filter.year", "page_size",
							"page_token");
			});
		ResponseEntity<JsonNode> badList = http.get(TestInfrastructure.token("HOUSING"),
				PROJECTS + "?status=DONE&class=LUXURY&year=3000");
		assertThat(badList.getBody().get("errors").findValuesAsString("field")).containsExactly("status", "year",
				"class");
	}

	@Test
	void anOrganisationMayApplyOnlyForItsOwnCommunityAndOfficialsSeeOnlyTheirOwnPlacesProjects() {
		String mine = community(true, true);
		String other = community(true, true);
		long before = count();

		ResponseEntity<JsonNode> refused = http.post(TestInfrastructure.token("COMMUNITY_ORG", "community", other),
				application(mine), PROJECTS);

		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(refused.getBody().get("operation").asText()).isEqualTo("housing.project.apply");
		assertThat(count()).isEqualTo(before);
		assertThat(http.post(street(JINSONG), application(mine), PROJECTS).getStatusCode().value()).isEqualTo(403);

		String id = apply(mine);
		assertThat(http.get(district(HAIDIAN), PROJECTS + "/{id}", id).getStatusCode().value()).isEqualTo(404);
		assertThat(http.get(TestInfrastructure.token("COMMUNITY_ORG", "community", other), PROJECTS + "/{id}", id)
			.getStatusCode()
			.value()).isEqualTo(404);
		assertThat(review(street(WANSHOULU), id, "street-review", "ACCEPT").getStatusCode().value()).isEqualTo(404);
		assertThat(http.get(TestInfrastructure.token("PLANNING"), PROJECTS + "/{id}", id).getStatusCode().value())
			.isEqualTo(200);
		assertThat(http.get(district(CHAOYANG), PROJECTS + "?communityId=" + mine).getBody().get("items")
			.findValuesAsString("id")).containsExactly(id);
		assertThat(http.get(district(HAIDIAN), PROJECTS + "?communityId=" + mine).getBody().get("items")).isEmpty();
		assertThat(http.get(district(HAIDIAN), PROJECTS + "?districtCode=" + CHAOYANG).getStatusCode().value())
			.isEqualTo(403);
		assertThat(http.get(TestInfrastructure.token("COMMUNITY_ORG", "community", mine), PROJECTS).getBody()
			.get("items")
			.findValuesAsString("id")).containsExactly(id);
		assertThat(status(id)).isEqualTo("APPLIED");
		assertThat(transitions(id)).isEqualTo(1);
	}

	@Test
	void everyRuleRefusesWithItsReasonAndChangesNothing() {
		String unready = community(false, false);
		String id = apply(unready);

		ResponseEntity<JsonNode> twice = http.post(TestInfrastructure.token("COMMUNITY_ORG", "community", unready),
				application(unready), PROJECTS);
		assertThat(twice.getStatusCode().value()).isEqualTo(409);
		assertThat(twice.getBody().get("detail").asText()).contains("one-application-per-round", "§三(一)", id);
		assertThat(jdbc.sql("SELECT count(*) FROM renovation_project WHERE community_id = :c")
			.param("c", UUID.fromString(unready))
			.query(Long.class)
			.single()).isEqualTo(1);

		ResponseEntity<JsonNode> early = review(district(CHAOYANG), id, "district-review", "ACCEPT");
		assertThat(early.getStatusCode().value()).isEqualTo(409);
		assertThat(early.getBody().get("detail").asText()).contains("is APPLIED", "STREET_ACCEPTED");

		ResponseEntity<JsonNode> silent = review(street(JINSONG), id, "street-review", "RETURN");
		assertThat(silent.getStatusCode().value()).isEqualTo(400);
		assertThat(silent.getBody().get("errors").findValuesAsString("field")).containsExactly("reasons");
		ResponseEntity<JsonNode> badDecision = review(street(JINSONG), id, "street-review", "MAYBE", "=1+1");
		assertThat(badDecision.getBody().get("errors").findValuesAsString("field")).containsExactly("decision",
				"reasons[0]");

		review(street(JINSONG), id, "street-review", "ACCEPT");
		review(district(CHAOYANG), id, "district-review", "ACCEPT");
		ResponseEntity<JsonNode> notReady = review(TestInfrastructure.token("HOUSING"), id, "municipal-decision",
				"APPROVE");
		assertThat(notReady.getStatusCode().value()).isEqualTo(409);
		assertThat(notReady.getBody().get("detail").asText()).contains("reserve-pool-entry", "§三(一)",
				"owners' committee or property-management committee", "property company and service standard");
		assertThat(status(id)).isEqualTo("DISTRICT_ACCEPTED");
		assertThat(transitions(id)).isEqualTo(3);
		assertThat(awaitEvents(id, 3)).extracting(EventEnvelope::getType)
			.containsExactly("ProjectApplied", "ProjectAccepted", "ProjectAccepted");

		ResponseEntity<JsonNode> unknown = http.post(TestInfrastructure.token("COMMUNITY_ORG", "community",
				UUID.randomUUID().toString()), application(UUID.randomUUID().toString()), PROJECTS);
		assertThat(unknown.getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void aReturnedApplicationIsResubmittedChangedAndAWithdrawnOneLetsTheCommunityApplyAgain() throws Exception {
		String community = community(true, true);
		String id = apply(community);
		review(street(JINSONG), id, "street-review", "ACCEPT");
		ResponseEntity<JsonNode> returned = review(district(CHAOYANG), id, "district-review", "RETURN",
				"请补充抗震加固内容");
		assertThat(returned.getBody().get("status").asText()).isEqualTo("RETURNED");
		assertThat(returned.getBody().get("history").get(2).get("reasons").get(0).asText()).isEqualTo("请补充抗震加固内容");

		Map<String, Object> changed = application(community);
		changed.put("items", List.of(Map.of("code", "WATER_SUPPLY"), Map.of("code", "SEISMIC_REINFORCEMENT")));
		String org = TestInfrastructure.token("COMMUNITY_ORG", "community", community);
		ResponseEntity<JsonNode> resubmitted = http.post(org, changed, PROJECTS + "/{id}/resubmission", id);
		assertThat(resubmitted.getStatusCode().value()).as("%s", resubmitted.getBody()).isEqualTo(200);
		assertThat(resubmitted.getBody().get("status").asText()).isEqualTo("APPLIED");
		assertThat(resubmitted.getBody().get("items").findValuesAsString("code")).containsExactly("WATER_SUPPLY",
				"SEISMIC_REINFORCEMENT");

		ResponseEntity<JsonNode> withdrawn = withdraw(community, id);
		assertThat(withdrawn.getBody().get("status").asText()).isEqualTo("WITHDRAWN");
		String again = apply(community);
		assertThat(again).isNotEqualTo(id);

		List<EventEnvelope> events = awaitEvents(id, 5);
		assertThat(events).extracting(EventEnvelope::getType)
			.containsExactly("ProjectApplied", "ProjectAccepted", "ProjectReturned", "ProjectResubmitted",
					"ProjectWithdrawn");
		assertThat(ProjectReturned.parseFrom(events.get(2).getPayload()).getLevel()).isEqualTo(ReviewLevel.DISTRICT_REVIEW);
	}

	@Test
	void theCatalogueListsThePlansItemsWithTheirClasses() {
		JsonNode items = http.get(street(JINSONG), "/api/housing/renovation-items").getBody();

		assertThat(items.findValuesAsString("code")).contains("WATER_SUPPLY", "ELEVATOR_ADDITION", "ELDERLY_CARE");
		assertThat(items.findValuesAsString("itemClass")).contains("BASIC", "COMPLETE", "UPGRADE");
		assertThat(items.get(0).get("name").asText()).isEqualTo("供水");
		assertThat(items.get(0).get("touchesUtility").asBoolean()).isTrue();
	}

	/** A community on 劲松街道 with the governance facts the reserve pool asks for, or without them. */
	private String community(boolean ownersOrganisation, boolean propertyService) {
		Map<String, Object> survey = Surveys.community("项目小区" + Surveys.unique(), CHAOYANG, JINSONG, 1982);
		survey.put("ownersOrganisation", ownersOrganisation ? "OWNERS_COMMITTEE" : "NONE");
		survey.put("propertyServiceAgreed", propertyService);
		ResponseEntity<JsonNode> created = http.post(TestInfrastructure.token("HOUSING"), survey,
				"/api/housing/communities");
		assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
		return created.getBody().get("id").asText();
	}

	private static Map<String, Object> application(String community) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("communityId", community);
		body.put("items", List.of(Map.of("code", "WATER_SUPPLY"), Map.of("code", "ELEVATOR_ADDITION")));
		body.put("consent", Map.of("owners", 120, "ownersAgreeing", 100, "area", 8000.0, "areaAgreeing", 6900.0));
		body.put("obligationsAccepted", true);
		body.put("note", "居民议事会已征求意见");
		return body;
	}

	private String apply(String community) {
		ResponseEntity<JsonNode> applied = http.post(TestInfrastructure.token("COMMUNITY_ORG", "community", community),
				application(community), PROJECTS);
		assertThat(applied.getStatusCode().value()).as("%s", applied.getBody()).isEqualTo(201);
		return applied.getBody().get("id").asText();
	}

	private ResponseEntity<JsonNode> review(String token, String id, String step, String decision, String... reasons) {
		return http.post(token, Map.of("decision", decision, "reasons", List.of(reasons)), PROJECTS + "/{id}/" + step,
				id);
	}

	private ResponseEntity<JsonNode> withdraw(String community, String id) {
		ResponseEntity<JsonNode> withdrawn = http.post(TestInfrastructure.token("COMMUNITY_ORG", "community", community),
				Map.of("reasons", List.of("业主意见变化")), PROJECTS + "/{id}/withdrawal", id);
		assertThat(withdrawn.getStatusCode().value()).as("%s", withdrawn.getBody()).isEqualTo(200);
		return withdrawn;
	}

	private static String street(String code) {
		return TestInfrastructure.token("STREET", "street", code);
	}

	private static String district(String code) {
		return TestInfrastructure.token("DISTRICT", "district", code);
	}

	private ProjectServiceGrpc.ProjectServiceBlockingStub projects(String token) {
		return ProjectServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(LocalGrpc.bearer(token));
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM renovation_project").query(Long.class).single();
	}

	private String status(String id) {
		return jdbc.sql("SELECT status FROM renovation_project WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
	}

	private int transitions(String id) {
		return jdbc.sql("SELECT count(*) FROM project_transition WHERE project_id = :id")
			.param("id", UUID.fromString(id))
			.query(Integer.class)
			.single();
	}

	private static List<EventEnvelope> awaitEvents(String projectId, int count) {
		return facts.awaitFacts(projectId, count);
	}

}
