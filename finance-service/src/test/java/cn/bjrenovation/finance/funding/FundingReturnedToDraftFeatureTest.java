package cn.bjrenovation.finance.funding;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.finance.v1.FundingFacts;
import cn.bjrenovation.finance.v1.FundingPlanStatus;
import cn.bjrenovation.finance.v1.FundingReturnedToDraft;
import cn.bjrenovation.planning.v1.ApprovedItem;
import cn.bjrenovation.planning.v1.DesignApproved;
import cn.bjrenovation.planning.v1.DesignFacts;
import cn.bjrenovation.planning.v1.DesignItem;
import cn.bjrenovation.planning.v1.DesignProject;
import cn.bjrenovation.planning.v1.DesignReturned;
import cn.bjrenovation.planning.v1.ItemClass;
import cn.bjrenovation.planning.v1.ReviewComment;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestEvents;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import com.google.protobuf.Timestamp;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A design returned after its funding plan was drafted sends the plan back to draft (its hold voided,
 * {@code FundingReturnedToDraft} on {@code finance.funding}); the plan cannot be confirmed until the next approved
 * scheme redrafts it. Committed funding is kept when a design is returned after commitment.
 */
@ServiceTest
class FundingReturnedToDraftFeatureTest {

	private static final String FINANCE = TestInfrastructure.token("FINANCE");

	@Autowired
	LocalHttp http;

	@Value("${spring.kafka.consumer.group-id}")
	String consumerGroup;

	@Test
	void aReturnedDesignSendsAHeldPlanBackToDraftUntilTheNextSchemeRedraftsIt() {
		int year = 2030 + ThreadLocalRandom.current().nextInt(70);
		budget(year);
		String project = UUID.randomUUID().toString();
		String community = UUID.randomUUID().toString();
		publish(project, DesignFacts.DESIGN_APPROVED, approved(project, community, year, 1, 1_000_000));
		awaitStatus(project, "DRAFTED");
		assertThat(http.post(FINANCE, Map.of(), "/api/finance/funding-plans/{id}/commitment", project).getBody()
			.get("status")
			.asString()).isEqualTo("HELD");

		try (KafkaConsumer<String, byte[]> funding = TestEvents.subscribe(FundingFacts.TOPIC)) {
			publish(project, DesignFacts.DESIGN_RETURNED, returned(project, 2));

			awaitStatus(project, "RETURNED_TO_DRAFT");
			FundingReturnedToDraft fact = FundingReturnedToDraft.parseFrom(
					awaitFact(funding, project, FundingFacts.FUNDING_RETURNED_TO_DRAFT).getPayload());
			assertThat(fact.getPlan().getStatus()).isEqualTo(FundingPlanStatus.RETURNED_TO_DRAFT);
			assertThat(fact.getReturnedSchemeVersion()).isEqualTo(2);
			assertThat(fact.getReleasedFen()).isEqualTo(900_000L);
			assertThat(fact.getReasonsList()).containsExactly("item:ROOF_WATERPROOFING: 防水层做法不符合规范");
		}
		catch (com.google.protobuf.InvalidProtocolBufferException ex) {
			throw new AssertionError(ex);
		}
		ResponseEntity<JsonNode> confirm = http.post(FINANCE, Map.of(), "/api/finance/funding-plans/{id}/commitment",
				project);
		assertThat(confirm.getStatusCode().value()).isEqualTo(409);
		assertThat(confirm.getBody().toString()).contains("RETURNED_TO_DRAFT");
		assertThat(plan(project).get("commitments")).isEmpty();

		publish(project, DesignFacts.DESIGN_APPROVED, approved(project, community, year, 2, 2_000_000));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(plan(project).get("schemeVersion").asInt()).isEqualTo(2));
		assertThat(plan(project).get("status").asString()).isEqualTo("DRAFTED");
		assertThat(plan(project).get("totalCostFen").asLong()).isEqualTo(2_000_000L);
		JsonNode books = http.get(FINANCE, "/api/finance/ledger/balance-check").getBody();
		assertThat(books.get("balanced").asBoolean()).as(books.toString()).isTrue();
	}

	@Test
	void aDesignReturnedAfterCommitmentLeavesTheCommittedFundingAlone() {
		int year = 2030 + ThreadLocalRandom.current().nextInt(70);
		budget(year);
		String project = UUID.randomUUID().toString();
		publish(project, DesignFacts.DESIGN_APPROVED, approved(project, UUID.randomUUID().toString(), year, 1, 1_000_000));
		awaitStatus(project, "DRAFTED");
		http.post(FINANCE, Map.of(), "/api/finance/funding-plans/{id}/commitment", project);
		http.post(FINANCE, Map.of(), "/api/finance/funding-plans/{id}/commitment/posting", project);
		awaitStatus(project, "COMMITTED");

		TestEvents.awaitConsumed(consumerGroup, publish(project, DesignFacts.DESIGN_RETURNED, returned(project, 2)));

		assertThat(plan(project).get("status").asString()).isEqualTo("COMMITTED");
		assertThat(plan(project).get("commitments")).isNotEmpty();
	}

	private org.apache.kafka.clients.producer.RecordMetadata publish(String project, String type,
			com.google.protobuf.Message payload) {
		return TestEvents.publish(DesignFacts.TOPIC,
				TestEvents.envelope(UUID.randomUUID().toString(), type, "planning-service", project, payload));
	}

	private static EventEnvelope awaitFact(KafkaConsumer<String, byte[]> consumer, String project, String type) {
		AtomicReference<EventEnvelope> found = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
				EventEnvelope envelope = EventEnvelope.parseFrom(record.value());
				if (project.equals(record.key()) && type.equals(envelope.getType())) {
					found.set(envelope);
				}
			}
			return found.get() != null;
		});
		return found.get();
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

	private void awaitStatus(String project, String status) {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			ResponseEntity<JsonNode> answer = http.get(FINANCE, "/api/finance/funding-plans/{id}", project);
			assertThat(answer.getStatusCode().value()).isEqualTo(200);
			assertThat(answer.getBody().get("status").asString()).isEqualTo(status);
		});
	}

	private static DesignReturned returned(String project, int scheme) {
		return DesignReturned.newBuilder()
			.setProject(DesignProject.newBuilder().setProjectId(project).setDistrictCode("110105").setStreetCode("110105017"))
			.setSchemeVersion(scheme)
			.addComments(ReviewComment.newBuilder().setPart("item:ROOF_WATERPROOFING").setText("防水层做法不符合规范"))
			.setReviewer("planning-reviewer")
			.setReturnedAt(Timestamp.newBuilder().setSeconds(Instant.now().getEpochSecond()))
			.build();
	}

	private static DesignApproved approved(String project, String community, int year, int scheme, long cost) {
		return DesignApproved.newBuilder()
			.setProject(DesignProject.newBuilder()
				.setProjectId(project)
				.setCommunityId(community)
				.setCommunityName("劲松北社区")
				.setDistrictCode("110105")
				.setStreetCode("110105017")
				.setPlanYear(year))
			.setSchemeVersion(scheme)
			.addItems(ApprovedItem.newBuilder()
				.setItem(DesignItem.newBuilder()
					.setCatalogueCode("ROOF_WATERPROOFING")
					.setName("屋面防水")
					.setItemClass(ItemClass.BASIC)
					.setEstimatedCostFen(cost)))
			.setTotalCostFen(cost)
			.setApprover("planning-official")
			.setApprovedAt(Timestamp.newBuilder().setSeconds(Instant.now().getEpochSecond()))
			.build();
	}

}
