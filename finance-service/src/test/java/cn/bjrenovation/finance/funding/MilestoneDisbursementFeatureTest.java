package cn.bjrenovation.finance.funding;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.v1.ConstructionCompleted;
import cn.bjrenovation.housing.v1.ConstructionStarted;
import cn.bjrenovation.housing.v1.JointAcceptancePassed;
import cn.bjrenovation.housing.v1.ProjectFacts;
import cn.bjrenovation.housing.v1.ProjectSnapshot;
import cn.bjrenovation.housing.v1.ProjectTransition;
import cn.bjrenovation.planning.v1.DesignFacts;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestEvents;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import com.google.protobuf.Timestamp;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Housing's facts of the construction stage pay the milestone tranches (real facts on the test broker): construction
 * start, completion and joint acceptance each move the ledger once, a replayed fact pays nothing, the last tranche
 * cannot be paid by hand before the acceptance fact arrived, and a fact finance cannot pay is listed as an exception —
 * the books balancing throughout.
 */
@ServiceTest
class MilestoneDisbursementFeatureTest {

	private static final String FINANCE = TestInfrastructure.token("FINANCE");

	@Autowired
	LocalHttp http;

	@Value("${spring.kafka.consumer.group-id}")
	String consumerGroup;

	@Test
	void theConstructionFactsPayEachTrancheOnceAndTheBooksBalance() {
		int year = 2030 + ThreadLocalRandom.current().nextInt(70);
		budget(year);
		String project = UUID.randomUUID().toString();
		approve(project, year);
		awaitPlan(project);
		http.post(FINANCE, Map.of(), "/api/finance/funding-plans/{id}/commitment", project);
		assertThat(http.post(FINANCE, Map.of(), "/api/finance/funding-plans/{id}/commitment/posting", project)
			.getBody()
			.get("status")
			.asString()).isEqualTo("COMMITTED");

		ResponseEntity<JsonNode> tooEarly = http.post(FINANCE, Map.of("milestone", "JOINT_ACCEPTANCE", "sourceEventId",
				"acceptance-by-hand-" + project, "evidence", "验收证明"), "/api/finance/funding-plans/{id}/disbursements",
				project);
		assertThat(tooEarly.getStatusCode().value()).isEqualTo(409);
		assertThat(tooEarly.getBody().toString()).contains("JointAcceptancePassed");

		EventEnvelope started = fact(project, ProjectFacts.CONSTRUCTION_STARTED,
				ConstructionStarted.newBuilder().setProject(snapshot(project)).setTransition(move("START")).build());
		TestEvents.publish(ProjectFacts.TOPIC, started);
		awaitDisbursed(project, 327_000L);

		EventEnvelope completed = fact(project, ProjectFacts.CONSTRUCTION_COMPLETED,
				ConstructionCompleted.newBuilder().setProject(snapshot(project)).setTransition(move("COMPLETE")).build());
		TestEvents.publish(ProjectFacts.TOPIC, completed);
		awaitDisbursed(project, 327_000L + 436_000L);

		EventEnvelope accepted = fact(project, ProjectFacts.JOINT_ACCEPTANCE_PASSED,
				JointAcceptancePassed.newBuilder().setProject(snapshot(project)).setTransition(move("ACCEPT")).build());
		TestEvents.publish(ProjectFacts.TOPIC, accepted);
		awaitDisbursed(project, 1_090_000L);
		long transfers = books().get("transfers").asLong();

		RecordMetadata replayedStart = TestEvents.publish(ProjectFacts.TOPIC, started);
		RecordMetadata replayedAcceptance = TestEvents.publish(ProjectFacts.TOPIC, accepted);
		TestEvents.awaitConsumed(consumerGroup, replayedStart, replayedAcceptance);

		assertThat(plan(project).get("disbursedFen").asLong()).isEqualTo(1_090_000L);
		JsonNode books = books();
		assertThat(books.get("balanced").asBoolean()).as(books.toString()).isTrue();
		assertThat(books.get("transfers").asLong()).isEqualTo(transfers);
		assertThat(http.get(FINANCE, "/api/finance/disbursement-exceptions").getBody().toString())
			.doesNotContain(started.getEventId(), accepted.getEventId());
	}

	@Test
	void aMilestoneOfAPlanNotCommittedOrOfNoPlanIsListedNotDropped() {
		int year = 2030 + ThreadLocalRandom.current().nextInt(70);
		budget(year);
		String drafted = UUID.randomUUID().toString();
		approve(drafted, year);
		awaitPlan(drafted);
		String unfunded = UUID.randomUUID().toString();

		EventEnvelope startedDrafted = fact(drafted, ProjectFacts.CONSTRUCTION_STARTED,
				ConstructionStarted.newBuilder().setProject(snapshot(drafted)).setTransition(move("START")).build());
		EventEnvelope startedUnfunded = fact(unfunded, ProjectFacts.CONSTRUCTION_STARTED,
				ConstructionStarted.newBuilder().setProject(snapshot(unfunded)).setTransition(move("START")).build());
		TestEvents.awaitConsumed(consumerGroup, TestEvents.publish(ProjectFacts.TOPIC, startedDrafted),
				TestEvents.publish(ProjectFacts.TOPIC, startedUnfunded));

		String exceptions = http.get(FINANCE, "/api/finance/disbursement-exceptions?limit=500").getBody().toString();
		assertThat(exceptions).contains(startedDrafted.getEventId(), startedUnfunded.getEventId(), "DRAFTED",
				"no funding plan");
		assertThat(plan(drafted).get("disbursedFen").asLong()).isZero();
		assertThat(books().get("balanced").asBoolean()).isTrue();
	}

	private void budget(int year) {
		for (String source : List.of("MUNICIPAL_BUDGET", "DISTRICT_BUDGET", "GOVERNMENT_BOND")) {
			assertThat(http.post(FINANCE, Map.of("fiscalYear", year, "source", source, "amountFen", 10_000_000L,
					"description", "测试 " + source), "/api/finance/budget-lines").getStatusCode().value()).isEqualTo(201);
		}
	}

	private JsonNode plan(String project) {
		return http.get(FINANCE, "/api/finance/funding-plans/{id}", project).getBody();
	}

	private JsonNode books() {
		return http.get(FINANCE, "/api/finance/ledger/balance-check").getBody();
	}

	private void awaitPlan(String project) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get(FINANCE, "/api/finance/funding-plans/{id}", project),
					answer -> answer.getStatusCode().value() == 200);
	}

	private void awaitDisbursed(String project, long fen) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(plan(project).get("disbursedFen").asLong()).isEqualTo(fen));
	}

	private static EventEnvelope fact(String project, String type, com.google.protobuf.Message payload) {
		return TestEvents.envelope(UUID.randomUUID().toString(), type, "housing-service", project, payload);
	}

	private static ProjectSnapshot snapshot(String project) {
		return ProjectSnapshot.newBuilder().setProjectId(project).setDistrictCode("110105").setStreetCode("110105017").build();
	}

	private static ProjectTransition move(String action) {
		return ProjectTransition.newBuilder()
			.setAction(action)
			.setSubject("district-official")
			.setRole("DISTRICT")
			.setAt(Timestamp.newBuilder().setSeconds(Instant.now().getEpochSecond()))
			.build();
	}

	private void approve(String project, int year) {
		TestEvents.publish(DesignFacts.TOPIC, TestEvents.envelope(UUID.randomUUID().toString(),
				DesignFacts.DESIGN_APPROVED, "planning-service", project, ApprovedDesigns.approved(project, year)));
	}

}
