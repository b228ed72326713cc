package cn.bjrenovation.planning.fuzz;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.bjrenovation.fixtures.housing.HousingEventFuzz;
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
 * The consumption of {@code housing.community}, fuzzed (see {@link HousingEventFuzz}): bad events dead-lettered at
 * once with their reason, writing nothing, without blocking the partition. Retries 10 ms apart (as in every fuzz test
 * of the service, which share one context in their own test JVM), so records the service retries (a finding in
 * itself) do not stretch the run.
 */
@ServiceTest
@TestPropertySource(properties = { "renovation.events.retry-interval=10ms", "spring.kafka.consumer.fetch-max-wait=10ms" })
class PlanningEventFuzzTest {

	private static final String PLANNING = TestInfrastructure.token("PLANNING");

	private static final List<String> STREETS = List.of("110105017", "110105001", "110108001");

	@Autowired
	LocalGrpc grpc;

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	@Value("${spring.kafka.consumer.group-id}")
	String group;

	@Test
	void eventPayloads() {
		FuzzRun run = FuzzRun.start("planning events (housing.community)");
		HousingEventFuzz.run(run, group, this::recorded, this::consumed);
		run.finish();
	}

	private Set<String> recorded(Collection<String> ids) {
		List<UUID> uuids = ids.stream().map(PlanningEventFuzzTest::uuid).filter(id -> id != null).toList();
		return uuids.isEmpty() ? Set.of()
				: new HashSet<>(jdbc.sql("SELECT id::text FROM community_view WHERE id IN (:ids)")
					.param("ids", uuids)
					.query(String.class)
					.list());
	}

	private Set<String> consumed(Collection<String> eventIds) {
		return eventIds.isEmpty() ? Set.of()
				: new HashSet<>(jdbc.sql("SELECT event_id FROM consumed_event WHERE event_id IN (:ids)")
					.param("ids", List.copyOf(eventIds))
					.query(String.class)
					.list());
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
