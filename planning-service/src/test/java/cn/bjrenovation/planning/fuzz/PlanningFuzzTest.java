package cn.bjrenovation.planning.fuzz;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.bjrenovation.planning.v1.DesignCaseFilter;
import cn.bjrenovation.planning.v1.DesignServiceGrpc;
import cn.bjrenovation.planning.v1.DownloadAttachmentRequest;
import cn.bjrenovation.planning.v1.GetDesignCaseRequest;
import cn.bjrenovation.planning.v1.GetResponsiblePlannerRequest;
import cn.bjrenovation.planning.v1.ListDesignCasesRequest;
import cn.bjrenovation.planning.v1.PlannerServiceGrpc;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import cn.bjrenovation.platform.testing.fuzz.FuzzRun;
import cn.bjrenovation.platform.testing.fuzz.GrpcFuzz;
import cn.bjrenovation.platform.testing.fuzz.Oddities;
import cn.bjrenovation.platform.testing.fuzz.RawHttp;
import cn.bjrenovation.platform.testing.fuzz.RestFuzz;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * planning-service's REST operations (design cases and illegal constructions among them; the raw-body attachment
 * upload is left to the feature test), its gRPC methods and its consumption of {@code housing.community}, fuzzed:
 * no 5xx or INTERNAL/UNKNOWN, refusals that name the field, nothing written for a refused request or a bad event,
 * bad events dead-lettered with their reason without blocking the partition.
 */
@ServiceTest
@TestPropertySource(properties = { "renovation.events.retry-interval=10ms", "spring.kafka.consumer.fetch-max-wait=10ms" })
class PlanningFuzzTest {

	private static final String PLANNING = TestInfrastructure.token("PLANNING");

	private static final String PLANNER = TestInfrastructure.token("PLANNER", "street", "110105017");

	private static final String CASES = "/api/planning/design-cases/";

	private static final List<String> STREETS = List.of("110105017", "110105001", "110108001");

	@Autowired
	LocalGrpc grpc;

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void restBodiesAndParameters() {
		FuzzRun run = FuzzRun.start("planning REST");
		RestFuzz.run(run, new RawHttp(port), List.of(
				new RestFuzz.Operation("planning.planner.assign", PLANNING,
						r -> RestFuzz.json(r, "PUT", "/api/planning/streets/" + Oddities.pathSegment(r, STREETS) + "/planner",
								Oddities.jsonBody(r, planner(r)))),
				new RestFuzz.Operation("planning.planner.read", PLANNING,
						r -> RestFuzz.get("/api/planning/streets/" + Oddities.pathSegment(r, STREETS) + "/planner"
								+ Oddities.query(r))),
				new RestFuzz.Operation("planning.community.read", PLANNING,
						r -> RestFuzz.get("/api/planning/communities/" + Oddities.pathSegment(r, List.of()) + Oddities.query(r))),
				new RestFuzz.Operation("planning.design.read", PLANNING,
						r -> RestFuzz.get(CASES + Oddities.pathSegment(r, List.of()) + Oddities.query(r))),
				new RestFuzz.Operation("planning.design.list", PLANNING,
						r -> RestFuzz.get("/api/planning/design-cases"
								+ Oddities.query(r, "districtCode", "streetCode", "status", "pageSize", "pageToken"))),
				new RestFuzz.Operation("planning.design.attachment.download", PLANNING,
						r -> RestFuzz.get(CASES + Oddities.pathSegment(r, List.of()) + "/attachments/"
								+ Oddities.pathSegment(r, List.of()))),
				new RestFuzz.Operation("planning.design.opinions.record", PLANNER,
						r -> RestFuzz.json(r, "POST", CASES + Oddities.pathSegment(r, List.of()) + "/opinions",
								Oddities.jsonBody(r, opinions(r)))),
				new RestFuzz.Operation("planning.design.submit", PLANNER,
						r -> RestFuzz.json(r, "POST", CASES + Oddities.pathSegment(r, List.of()) + "/schemes",
								Oddities.jsonBody(r, scheme()))),
				new RestFuzz.Operation("planning.design.review", PLANNING,
						r -> RestFuzz.json(r, "POST", CASES + Oddities.pathSegment(r, List.of()) + "/review",
								Oddities.jsonBody(r, review()))),
				new RestFuzz.Operation("planning.design.permits.determine", PLANNING,
						r -> RestFuzz.json(r, "PUT", CASES + Oddities.pathSegment(r, List.of()) + "/permits",
								Oddities.jsonBody(r, permits()))),
				new RestFuzz.Operation("planning.design.evaluate", PLANNER,
						r -> RestFuzz.json(r, "PUT", CASES + Oddities.pathSegment(r, List.of()) + "/evaluation",
								Oddities.jsonBody(r, Map.of("rating", "4", "findings", Oddities.quote("效果良好"))))),
				new RestFuzz.Operation("planning.illegal-construction.determine", PLANNING,
						r -> RestFuzz.json(r, "POST", "/api/planning/communities/" + Oddities.pathSegment(r, List.of())
								+ "/illegal-constructions", Oddities.jsonBody(r, determination()))),
				new RestFuzz.Operation("planning.illegal-construction.list", PLANNING,
						r -> RestFuzz.get("/api/planning/communities/" + Oddities.pathSegment(r, List.of())
								+ "/illegal-constructions" + Oddities.query(r))),
				new RestFuzz.Operation("planning.illegal-construction.resolve", PLANNING,
						r -> RestFuzz.json(r, "POST", "/api/planning/illegal-constructions/"
								+ Oddities.pathSegment(r, List.of()) + "/resolution",
								Oddities.jsonBody(r, Map.of("resolution", Oddities.quote("已拆除")))))),
				jdbc, List.of("community_view", "responsible_planner", "planner_assignment", "design_case",
						"design_case_transition", "opinion_collection", "design_attachment", "design_scheme",
						"design_item", "review_comment", "item_permit", "illegal_construction",
						"post_renovation_evaluation"));
		run.finish();
	}

	@Test
	void grpcRequests() {
		PlannerServiceGrpc.PlannerServiceBlockingStub stub = PlannerServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(PLANNING));
		FuzzRun run = FuzzRun.start("planning gRPC");
		DesignServiceGrpc.DesignServiceBlockingStub designs = DesignServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(PLANNING));
		String someId = UUID.randomUUID().toString();
		GrpcFuzz.run(run, List.of(new GrpcFuzz.Method<>("PlannerService/GetResponsiblePlanner",
				r -> GetResponsiblePlannerRequest.newBuilder()
					.setStreetCode(GrpcFuzz.text(r, STREETS.toArray(String[]::new)))
					.build(),
				stub::getResponsiblePlanner),
				new GrpcFuzz.Method<>("DesignService/GetDesignCase",
						r -> GetDesignCaseRequest.newBuilder().setProjectId(GrpcFuzz.text(r, someId)).build(),
						designs::getDesignCase),
				new GrpcFuzz.Method<>("DesignService/ListDesignCases",
						r -> ListDesignCasesRequest.newBuilder()
							.setFilter(DesignCaseFilter.newBuilder()
								.setStreetCode(GrpcFuzz.text(r, STREETS.toArray(String[]::new)))
								.setDistrictCode(GrpcFuzz.text(r, "110105", ""))
								.setStatusValue(GrpcFuzz.integer(r)))
							.setPageSize(GrpcFuzz.integer(r))
							.setPageToken(GrpcFuzz.text(r, "", someId))
							.build(),
						designs::listDesignCases),
				new GrpcFuzz.Method<>("DesignService/DownloadAttachment",
						r -> DownloadAttachmentRequest.newBuilder()
							.setProjectId(GrpcFuzz.text(r, someId))
							.setAttachmentId(GrpcFuzz.text(r, someId))
							.build(),
						request -> {
							designs.downloadAttachment(request).forEachRemaining(chunk -> {
							});
							return null;
						})));
		run.finish();
	}

	static UUID uuid(String id) {
		try {
			UUID uuid = UUID.fromString(id);
			return uuid.toString().equals(id) ? uuid : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Map<String, String> opinions(java.util.SplittableRandom r) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("method", Oddities.quote("MEETING"));
		body.put("collectedFrom", Oddities.quote("2026-01-10"));
		body.put("collectedTo", Oddities.quote("2026-01-12"));
		body.put("participants", String.valueOf(1 + r.nextInt(200)));
		body.put("requests", "[" + Oddities.quote("更换燃气管道") + "]");
		return body;
	}

	private static Map<String, String> scheme() {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("items", "[{\"catalogueCode\":\"GAS_SUPPLY\",\"quantity\":1200,\"unit\":\"米\",\"estimatedCostFen\":100}]");
		body.put("changesLandRights", "false");
		body.put("changesPlanningConditions", "false");
		body.put("summary", Oddities.quote("燃气管线更新"));
		body.put("attachmentIds", "[]");
		return body;
	}

	private static Map<String, String> review() {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("decision", Oddities.quote("RETURN"));
		body.put("comments", "[{\"part\":\"item:GAS_SUPPLY\",\"text\":\"管径不足\"}]");
		return body;
	}

	private static Map<String, String> permits() {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("permits", "[{\"catalogueCode\":\"GAS_SUPPLY\",\"determination\":\"NONE\",\"reason\":\"无\"}]");
		body.put("checks", "[]");
		return body;
	}

	private static Map<String, String> determination() {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("what", Oddities.quote("加建彩钢房"));
		body.put("location", Oddities.quote("3号楼南侧"));
		body.put("decision", Oddities.quote("DEMOLISH"));
		return body;
	}

	private static Map<String, String> planner(java.util.SplittableRandom r) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("plannerSubject", Oddities.quote("planner-" + r.nextInt(100)));
		body.put("plannerName", Oddities.quote("王规划"));
		return body;
	}

}
