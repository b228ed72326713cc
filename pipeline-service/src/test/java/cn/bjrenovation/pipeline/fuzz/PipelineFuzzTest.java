package cn.bjrenovation.pipeline.fuzz;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.UUID;

import cn.bjrenovation.pipeline.v1.CoordinationServiceGrpc;
import cn.bjrenovation.pipeline.v1.GetCoordinationPlanRequest;
import cn.bjrenovation.pipeline.v1.ListStreetCommunitiesRequest;
import cn.bjrenovation.pipeline.v1.ListStreetWindowsRequest;
import cn.bjrenovation.pipeline.v1.StreetCoordinationServiceGrpc;
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
 * pipeline-service's REST operations, its gRPC method and its consumption of {@code housing.community}, fuzzed:
 * no 5xx or INTERNAL/UNKNOWN, refusals that name the field, nothing written for a refused request or a bad event,
 * bad events dead-lettered with their reason without blocking the partition.
 */
@ServiceTest
@TestPropertySource(properties = { "renovation.events.retry-interval=10ms", "spring.kafka.consumer.fetch-max-wait=10ms" })
class PipelineFuzzTest {

	private static final String CITY_MGMT = TestInfrastructure.token("CITY_MGMT");

	private static final String DRC = TestInfrastructure.token("DRC");

	private static final String GAS = TestInfrastructure.token("OPERATOR", "utility", "gas");

	private static final List<String> STREETS = List.of("110105017", "110105001", "110108001");

	/** Projects without a plan: a well-formed write on one is answered 404 and writes nothing. */
	private static final List<String> PROJECTS = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());

	private static final List<String> UTILITIES = List.of("gas", "WATER", "overhead_lines");

	private static final List<String> TABLES = List.of("street_community", "coordination_plan", "utility_part",
			"part_item", "plan_transition", "trench_window", "window_participant", "works_report", "works_inspection");

	@Autowired
	LocalGrpc grpc;

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void restBodiesAndParameters() {
		FuzzRun run = FuzzRun.start("pipeline REST");
		RestFuzz.run(run, new RawHttp(port), List.of(
				new RestFuzz.Operation("pipeline.street-communities.list", CITY_MGMT,
						r -> RestFuzz.get("/api/pipeline/streets/" + Oddities.pathSegment(r, STREETS) + "/communities"
								+ Oddities.query(r))),
				new RestFuzz.Operation("pipeline.operator.list", CITY_MGMT,
						r -> RestFuzz.get("/api/pipeline/operators" + Oddities.query(r, "districtCode", "utility"))),
				new RestFuzz.Operation("pipeline.plan.read", CITY_MGMT,
						r -> RestFuzz.get(plan(r) + Oddities.query(r))),
				new RestFuzz.Operation("pipeline.window.calendar", CITY_MGMT,
						r -> RestFuzz.get("/api/pipeline/streets/" + Oddities.pathSegment(r, STREETS) + "/windows"
								+ Oddities.query(r, "from", "to"))),
				new RestFuzz.Operation("pipeline.window.open", CITY_MGMT,
						r -> RestFuzz.json(r, "POST", plan(r) + "/windows", Oddities.jsonBody(r, window()))),
				new RestFuzz.Operation("pipeline.window.join", CITY_MGMT,
						r -> RestFuzz.json(r, "POST", plan(r) + "/windows/" + Oddities.pathSegment(r, PROJECTS) + "/participants",
								Oddities.jsonBody(r, Map.of("utilities", "[\"GAS\"]")))),
				new RestFuzz.Operation("pipeline.plan.invite", CITY_MGMT,
						r -> RestFuzz.json(r, "POST", plan(r) + "/invitation", "{}")),
				new RestFuzz.Operation("pipeline.part.confirm", GAS,
						r -> RestFuzz.json(r, "POST", part(r) + "/confirmation", Oddities.jsonBody(r, RestFuzz.jsonFields(
								Map.of("scope", "燃气改造", "from", "2027-04-01", "to", "2027-04-30", "contributionFen", 100))))),
				new RestFuzz.Operation("pipeline.part.request-change", GAS,
						r -> RestFuzz.json(r, "POST", part(r) + "/change-request",
								Oddities.jsonBody(r, Map.of("reasons", "[\"工期冲突\"]")))),
				new RestFuzz.Operation("pipeline.works.report", GAS,
						r -> RestFuzz.json(r, "POST", part(r) + "/works", Oddities.jsonBody(r, RestFuzz.jsonFields(Map.of(
								"windowId", PROJECTS.get(0), "stage", "STARTED", "on", "2027-04-02", "note", "开工"))))),
				new RestFuzz.Operation("pipeline.works.inspect", CITY_MGMT,
						r -> RestFuzz.json(r, "POST", plan(r) + "/inspections", Oddities.jsonBody(r, RestFuzz.jsonFields(
								Map.of("windowId", PROJECTS.get(0), "inspectedOn", "2027-04-03", "passed", true,
										"findings", "合格"))))),
				new RestFuzz.Operation("pipeline.handover.record", DRC,
						r -> RestFuzz.json(r, "POST", plan(r) + "/handover", Oddities.jsonBody(r, RestFuzz.jsonFields(
								Map.of("acceptanceReference", "验收-1", "handedOverOn", "2027-06-01")))))),
				jdbc, TABLES);
		run.finish();
	}

	@Test
	void grpcRequests() {
		StreetCoordinationServiceGrpc.StreetCoordinationServiceBlockingStub stub = StreetCoordinationServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(CITY_MGMT));
		CoordinationServiceGrpc.CoordinationServiceBlockingStub coordination = CoordinationServiceGrpc
			.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(CITY_MGMT));
		FuzzRun run = FuzzRun.start("pipeline gRPC");
		GrpcFuzz.run(run, List.of(new GrpcFuzz.Method<>("StreetCoordinationService/ListStreetCommunities",
				r -> ListStreetCommunitiesRequest.newBuilder()
					.setStreetCode(GrpcFuzz.text(r, STREETS.toArray(String[]::new)))
					.build(),
				stub::listStreetCommunities),
				new GrpcFuzz.Method<>("CoordinationService/GetCoordinationPlan",
						r -> GetCoordinationPlanRequest.newBuilder()
							.setProjectId(GrpcFuzz.text(r, PROJECTS.toArray(String[]::new)))
							.build(),
						coordination::getCoordinationPlan),
				new GrpcFuzz.Method<>("CoordinationService/ListStreetWindows",
						r -> ListStreetWindowsRequest.newBuilder()
							.setStreetCode(GrpcFuzz.text(r, STREETS.toArray(String[]::new)))
							.setFrom(GrpcFuzz.text(r, "2027-01-01", ""))
							.setTo(GrpcFuzz.text(r, "2027-12-31", ""))
							.build(),
						coordination::listStreetWindows)));
		run.finish();
	}

	/** A valid window request, as field → JSON text. */
	private static Map<String, String> window() {
		Map<String, String> fields = new java.util.LinkedHashMap<>(RestFuzz.jsonFields(Map.of("segmentCode",
				"110105017-JSZJ01", "segmentName", "劲松中街", "startDate", "2027-04-01", "endDate", "2027-04-30",
				"roadWork", "REBUILD")));
		fields.put("utilities", "[\"GAS\"]");
		return fields;
	}

	private static String plan(SplittableRandom random) {
		return "/api/pipeline/plans/" + Oddities.pathSegment(random, PROJECTS);
	}

	private static String part(SplittableRandom random) {
		return plan(random) + "/parts/" + Oddities.pathSegment(random, UTILITIES);
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

}
