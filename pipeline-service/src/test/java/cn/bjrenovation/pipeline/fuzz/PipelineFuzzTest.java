package cn.bjrenovation.pipeline.fuzz;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.bjrenovation.pipeline.v1.ListStreetCommunitiesRequest;
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

	private static final List<String> STREETS = List.of("110105017", "110105001", "110108001");

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
								+ Oddities.query(r)))),
				jdbc, List.of("street_community"));
		run.finish();
	}

	@Test
	void grpcRequests() {
		StreetCoordinationServiceGrpc.StreetCoordinationServiceBlockingStub stub = StreetCoordinationServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(CITY_MGMT));
		FuzzRun run = FuzzRun.start("pipeline gRPC");
		GrpcFuzz.run(run, List.of(new GrpcFuzz.Method<>("StreetCoordinationService/ListStreetCommunities",
				r -> ListStreetCommunitiesRequest.newBuilder()
					.setStreetCode(GrpcFuzz.text(r, STREETS.toArray(String[]::new)))
					.build(),
				stub::listStreetCommunities)));
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

}
