package cn.bjrenovation.housing.construction;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.finance.v1.FundingCommitted;
import cn.bjrenovation.finance.v1.FundingFacts;
import cn.bjrenovation.finance.v1.FundingPlan;
import cn.bjrenovation.finance.v1.FundingVoided;
import cn.bjrenovation.housing.community.Surveys;
import cn.bjrenovation.pipeline.v1.CoordinationFacts;
import cn.bjrenovation.pipeline.v1.CoordinationProject;
import cn.bjrenovation.pipeline.v1.CoordinationReleased;
import cn.bjrenovation.pipeline.v1.PipelinesCoordinated;
import cn.bjrenovation.pipeline.v1.Utility;
import cn.bjrenovation.pipeline.v1.UtilityOperator;
import cn.bjrenovation.pipeline.v1.UtilityPart;
import cn.bjrenovation.planning.v1.ApprovedItem;
import cn.bjrenovation.planning.v1.DesignApproved;
import cn.bjrenovation.planning.v1.DesignFacts;
import cn.bjrenovation.planning.v1.DesignItem;
import cn.bjrenovation.planning.v1.DesignProject;
import cn.bjrenovation.planning.v1.DesignReturned;
import cn.bjrenovation.planning.v1.UtilityKind;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.TestEvents;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Projects brought to PLANNED through housing's own REST routes (application, the three reviews, a year's plan), and
 * the other departments' facts about them as planning, finance and pipeline publish them on their topics.
 */
public final class ConstructionFixtures {

	static final String CHAOYANG = "110105";

	static final String JINSONG = "110105017";

	static final String HAIDIAN = "110108";

	static final String WANSHOULU = "110108001";

	static final String PROJECTS = "/api/housing/projects";

	/** The plan year these tests put their projects in: compiled by the first, adjusted into by the others. */
	private static final AtomicInteger planYear = new AtomicInteger();

	private static final AtomicInteger nextYear = new AtomicInteger(2094);

	private ConstructionFixtures() {
	}

	/** The plan year the projects of these tests are in (0 before the first). */
	static int planYear() {
		return planYear.get();
	}

	static String district(String code) {
		return TestInfrastructure.token("DISTRICT", "district", code);
	}

	static String street(String code) {
		return TestInfrastructure.token("STREET", "street", code);
	}

	/** A project of a fresh community on 劲松 (朝阳) wanting the items, in a year's plan. */
	public static String planned(LocalHttp http, String... items) {
		return plannedOn(http, CHAOYANG, JINSONG, 12_000, items);
	}

	public static synchronized String plannedOn(LocalHttp http, String districtCode, String streetCode, int floorArea,
			String... items) {
		String id = reserved(http, districtCode, streetCode, floorArea, items);
		String housing = TestInfrastructure.token("HOUSING");
		if (planYear.get() != 0) {
			ResponseEntity<JsonNode> adjusted = http.post(housing,
					Map.of("add", List.of(id), "remove", List.of(), "reasons", List.of("开工准备就绪")),
					"/api/housing/annual-plans/{year}/adjustments", planYear.get());
			assertThat(adjusted.getStatusCode().is2xxSuccessful()).as("%s", adjusted.getBody()).isTrue();
			return id;
		}
		while (true) {
			int year = nextYear.getAndIncrement();
			ResponseEntity<JsonNode> compiled = http.post(housing, Map.of("year", year, "projectIds", List.of(id)),
					"/api/housing/annual-plans");
			if (compiled.getStatusCode().value() == 409 && year < 2100) {
				continue;
			}
			assertThat(compiled.getStatusCode().value()).as("%s", compiled.getBody()).isEqualTo(201);
			planYear.set(year);
			return id;
		}
	}

	static String reserved(LocalHttp http, String districtCode, String streetCode, int floorArea, String... items) {
		String id = applied(http, community(http, districtCode, streetCode, floorArea), items);
		move(http, street(streetCode), id, "street-review");
		move(http, district(districtCode), id, "district-review");
		move(http, TestInfrastructure.token("HOUSING"), id, "municipal-decision");
		return id;
	}

	/** A fresh community on the street with a project that is only applied for (APPLIED); answers the community. */
	public static String communityOnlyApplying(LocalHttp http, String districtCode, String streetCode, String... items) {
		String community = community(http, districtCode, streetCode, 12_000);
		applied(http, community, items);
		return community;
	}

	private static String applied(LocalHttp http, String community, String... items) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("communityId", community);
		body.put("items", Arrays.stream(items).map(code -> Map.of("code", code)).toList());
		body.put("consent", Map.of("owners", 120, "ownersAgreeing", 100, "area", 8000.0, "areaAgreeing", 6900.0));
		body.put("obligationsAccepted", true);
		body.put("note", "居民议事会已征求意见");
		ResponseEntity<JsonNode> applied = http.post(TestInfrastructure.token("COMMUNITY_ORG", "community", community),
				body, PROJECTS);
		assertThat(applied.getStatusCode().value()).as("%s", applied.getBody()).isEqualTo(201);
		return applied.getBody().get("id").asText();
	}

	private static void move(LocalHttp http, String token, String id, String step) {
		ResponseEntity<JsonNode> moved = http.post(token,
				Map.of("decision", step.equals("municipal-decision") ? "APPROVE" : "ACCEPT", "reasons", List.of()),
				PROJECTS + "/{id}/" + step, id);
		assertThat(moved.getStatusCode().value()).as("%s %s", step, moved.getBody()).isEqualTo(200);
	}

	private static String community(LocalHttp http, String districtCode, String streetCode, int floorArea) {
		Map<String, Object> survey = Surveys.community("开工小区" + Surveys.unique(), districtCode, streetCode, 1986);
		survey.put("ownersOrganisation", "OWNERS_COMMITTEE");
		survey.put("propertyServiceAgreed", true);
		survey.put("floorArea", floorArea);
		ResponseEntity<JsonNode> created = http.post(TestInfrastructure.token("HOUSING"), survey,
				"/api/housing/communities");
		assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
		return created.getBody().get("id").asText();
	}

	/**
	 * A planned project whose gate the departments' facts opened (no pipeline items), and whose district recorded the
	 * start: CONSTRUCTION_STARTED.
	 */
	public static String started(LocalHttp http, String consumerGroup, String districtCode, String streetCode, int floorArea,
			String... items) {
		String id = plannedOn(http, districtCode, streetCode, floorArea, items);
		TestEvents.awaitConsumed(consumerGroup, designApproved(id, false),
				fundingCommitted(id, cn.bjrenovation.finance.v1.FundingCommitted.CommitmentStage.POSTED));
		ResponseEntity<JsonNode> started = http.post(district(districtCode),
				Map.of("startedOn", "2026-12-03", "builder", "北京城建集团有限公司"), PROJECTS + "/{id}/construction-start",
				id);
		assertThat(started.getStatusCode().value()).as("%s", started.getBody()).isEqualTo(200);
		return id;
	}

	// ---- the other departments' facts, as they publish them ------------------------------------------------------

	/**
	 * Planning approves the project's design: a basic seismic reinforcement (¥10,000) and, with pipeline items, a
	 * water supply (¥20,000) — ¥10,000 or ¥30,000 in all.
	 */
	public static RecordMetadata designApproved(String projectId, boolean pipelineItems) {
		return designApproved(UUID.randomUUID().toString(), projectId, pipelineItems);
	}

	static RecordMetadata designApproved(String eventId, String projectId, boolean pipelineItems) {
		DesignApproved.Builder approved = DesignApproved.newBuilder()
			.setProject(designProject(projectId))
			.setSchemeVersion(1)
			.setTotalCostFen(pipelineItems ? 3_000_000 : 1_000_000)
			.addItems(ApprovedItem.newBuilder()
				.setItem(DesignItem.newBuilder().setCatalogueCode("SEISMIC_REINFORCEMENT").setName("抗震加固").setQuantity(1)
					.setUnit("项").setItemClass(cn.bjrenovation.planning.v1.ItemClass.BASIC).setEstimatedCostFen(1_000_000)));
		if (pipelineItems) {
			approved.addItems(ApprovedItem.newBuilder()
				.setItem(DesignItem.newBuilder().setCatalogueCode("WATER_SUPPLY").setName("供水").setQuantity(300)
					.setUnit("米").setItemClass(cn.bjrenovation.planning.v1.ItemClass.BASIC).setEstimatedCostFen(2_000_000)
					.setTouchesUtility(true).setUtility(UtilityKind.WATER)));
		}
		return publish(DesignFacts.TOPIC, eventId, DesignFacts.DESIGN_APPROVED, "planning-service", projectId,
				approved.build());
	}

	public static RecordMetadata designReturned(String projectId) {
		return publish(DesignFacts.TOPIC, UUID.randomUUID().toString(), DesignFacts.DESIGN_RETURNED, "planning-service",
				projectId, DesignReturned.newBuilder().setProject(designProject(projectId)).setSchemeVersion(2).build());
	}

	static RecordMetadata fundingCommitted(String projectId, FundingCommitted.CommitmentStage stage) {
		return publish(FundingFacts.TOPIC, UUID.randomUUID().toString(), FundingFacts.FUNDING_COMMITTED,
				"finance-service", projectId, FundingCommitted.newBuilder()
					.setPlan(FundingPlan.newBuilder().setProjectId(projectId).setDistrictCode(CHAOYANG))
					.setStage(stage)
					.build());
	}

	static RecordMetadata fundingPlanned(String projectId) {
		return publish(FundingFacts.TOPIC, UUID.randomUUID().toString(), FundingFacts.FUNDING_PLANNED, "finance-service",
				projectId, cn.bjrenovation.finance.v1.FundingPlanned.newBuilder()
					.setPlan(FundingPlan.newBuilder().setProjectId(projectId))
					.build());
	}

	static RecordMetadata fundingVoided(String projectId) {
		return publish(FundingFacts.TOPIC, UUID.randomUUID().toString(), FundingFacts.FUNDING_VOIDED, "finance-service",
				projectId, FundingVoided.newBuilder()
					.setPlan(FundingPlan.newBuilder().setProjectId(projectId))
					.addReasons("项目调出年度计划")
					.build());
	}

	static RecordMetadata pipelinesCoordinated(String projectId) {
		return publish(CoordinationFacts.TOPIC, UUID.randomUUID().toString(), CoordinationFacts.PIPELINES_COORDINATED,
				"pipeline-service", projectId, PipelinesCoordinated.newBuilder()
					.setProject(CoordinationProject.newBuilder().setProjectId(projectId))
					.addParts(UtilityPart.newBuilder()
						.setUtility(Utility.WATER)
						.addOperators(UtilityOperator.newBuilder().setCode("BJ-WATER").setName("北京市自来水集团")
							.setUtility(Utility.WATER)))
					.build());
	}

	static RecordMetadata coordinationReleased(String projectId) {
		return publish(CoordinationFacts.TOPIC, UUID.randomUUID().toString(), CoordinationFacts.COORDINATION_RELEASED,
				"pipeline-service", projectId, CoordinationReleased.newBuilder()
					.setProject(CoordinationProject.newBuilder().setProjectId(projectId))
					.addReasons("项目撤回")
					.build());
	}

	private static DesignProject designProject(String projectId) {
		return DesignProject.newBuilder().setProjectId(projectId).setDistrictCode(CHAOYANG).setStreetCode(JINSONG)
			.setPlanYear(2094).build();
	}

	private static RecordMetadata publish(String topic, String eventId, String type, String producer,
			String projectId, com.google.protobuf.Message payload) {
		EventEnvelope envelope = TestEvents.envelope(eventId, type, producer, projectId, payload);
		return TestEvents.publish(topic, envelope);
	}

}
