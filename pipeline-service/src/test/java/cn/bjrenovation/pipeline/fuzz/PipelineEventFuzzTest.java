package cn.bjrenovation.pipeline.fuzz;

import cn.bjrenovation.fixtures.housing.HousingEventFuzz;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.fuzz.EventRows;
import cn.bjrenovation.platform.testing.fuzz.FuzzRun;
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
class PipelineEventFuzzTest {

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.kafka.consumer.group-id}")
	String group;

	@Test
	void eventPayloads() {
		FuzzRun run = FuzzRun.start("pipeline events (housing.community)");
		HousingEventFuzz.run(run, group, EventRows.stored(jdbc, "SELECT community_id::text FROM street_community WHERE community_id IN (:ids)"),
				EventRows.consumed(jdbc));
		run.finish();
	}

}
