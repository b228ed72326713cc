package cn.bjrenovation.planning.fuzz;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.bjrenovation.planning.v1.GetResponsiblePlannerRequest;
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
 * planning-service's REST operations, its gRPC method and its consumption of {@code housing.community}, fuzzed:
 * no 5xx or INTERNAL/UNKNOWN, refusals that name the field, nothing written for a refused request or a bad event,
 * bad events dead-lettered with their reason without blocking the partition.
 */
@ServiceTest
@TestPropertySource(properties = { "renovation.events.retry-interval=10ms", "spring.kafka.consumer.fetch-max-wait=10ms" })
class PlanningFuzzTest {

	private static final String PLANNING = TestInfrastructure.token("PLANNING");

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
						r -> RestFuzz.get("/api/planning/communities/" + Oddities.pathSegment(r, List.of()) + Oddities.query(r)))),
				jdbc, List.of("community_view", "responsible_planner", "planner_assignment"));
		run.finish();
	}

	@Test
	void grpcRequests() {
		PlannerServiceGrpc.PlannerServiceBlockingStub stub = PlannerServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(PLANNING));
		FuzzRun run = FuzzRun.start("planning gRPC");
		GrpcFuzz.run(run, List.of(new GrpcFuzz.Method<>("PlannerService/GetResponsiblePlanner",
				r -> GetResponsiblePlannerRequest.newBuilder()
					.setStreetCode(GrpcFuzz.text(r, STREETS.toArray(String[]::new)))
					.build(),
				stub::getResponsiblePlanner)));
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

	private static Map<String, String> planner(java.util.SplittableRandom r) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("plannerSubject", Oddities.quote("planner-" + r.nextInt(100)));
		body.put("plannerName", Oddities.quote("王规划"));
		return body;
	}

}
