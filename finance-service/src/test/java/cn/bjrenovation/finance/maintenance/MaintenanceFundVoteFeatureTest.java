package cn.bjrenovation.finance.maintenance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.finance.v1.MaintenanceFacts;
import cn.bjrenovation.finance.v1.MaintenanceFundMoved;
import cn.bjrenovation.housing.v1.VoteDecided;
import cn.bjrenovation.housing.v1.VoteFacts;
import cn.bjrenovation.housing.v1.VoteMatter;
import cn.bjrenovation.housing.v1.VoteTally;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestEvents;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import com.google.protobuf.Timestamp;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The owners' votes housing decides (real {@code VoteDecided} facts on {@code housing.vote}) are the evidence a
 * maintenance-fund raising or use may cite: a passing vote of the community on the matter moves the fund and
 * {@code MaintenanceFundMoved} is published on {@code finance.maintenance}; a failed vote, a vote of another matter or
 * another community, or an unknown vote is refused naming why; a movement with no vote at all is refused.
 */
@ServiceTest
class MaintenanceFundVoteFeatureTest {

	private static final String HPF = TestInfrastructure.token("HPF");

	@Autowired
	LocalHttp http;

	@Value("${spring.kafka.consumer.group-id}")
	String consumerGroup;

	@Test
	void aPassingDecidedVoteRaisesAndUsesTheFundAndEachMovementIsPublished() throws Exception {
		String community = UUID.randomUUID().toString();
		String project = UUID.randomUUID().toString();
		String raiseVote = UUID.randomUUID().toString();
		String useVote = UUID.randomUUID().toString();
		TestEvents.awaitConsumed(consumerGroup,
				decided(raiseVote, community, VoteMatter.RAISE_MAINTENANCE_FUND, true, "", 1_000_000),
				decided(useVote, community, VoteMatter.USE_MAINTENANCE_FUND, true, project, 0));

		try (KafkaConsumer<String, byte[]> moved = TestEvents.subscribe(MaintenanceFacts.TOPIC)) {
			ResponseEntity<JsonNode> raised = http.post(HPF, Map.of("districtCode", "110105", "amountFen", 1_000_000L,
					"voteId", raiseVote), "/api/finance/maintenance-funds/{id}/raisings", community);
			assertThat(raised.getStatusCode().value()).as(raised.getBody().toString()).isEqualTo(201);
			assertThat(raised.getBody().get("voteReference").asString()).isEqualTo(raiseVote);
			ResponseEntity<JsonNode> used = http.post(HPF, Map.of("districtCode", "110105", "amountFen", 400_000L,
					"projectId", project, "voteId", useVote), "/api/finance/maintenance-funds/{id}/uses", community);
			assertThat(used.getStatusCode().value()).as(used.getBody().toString()).isEqualTo(201);

			List<EventEnvelope> facts = awaitMoved(moved, community, 2);
			MaintenanceFundMoved raising = MaintenanceFundMoved.parseFrom(facts.get(0).getPayload());
			assertThat(raising.getMovement()).isEqualTo(MaintenanceFundMoved.Movement.RAISED);
			assertThat(raising.getBalanceFen()).isEqualTo(1_000_000L);
			assertThat(raising.getVoteReference()).isEqualTo(raiseVote);
			MaintenanceFundMoved use = MaintenanceFundMoved.parseFrom(facts.get(1).getPayload());
			assertThat(use.getMovement()).isEqualTo(MaintenanceFundMoved.Movement.USED);
			assertThat(use.getAmountFen()).isEqualTo(400_000L);
			assertThat(use.getBalanceFen()).isEqualTo(600_000L);
			assertThat(use.getProjectId()).isEqualTo(project);
		}
		assertThat(http.get(HPF, "/api/finance/maintenance-funds/{id}", community).getBody().get("balanceFen").asLong())
			.isEqualTo(600_000L);
		JsonNode books = http.get(TestInfrastructure.token("FINANCE"), "/api/finance/ledger/balance-check").getBody();
		assertThat(books.get("balanced").asBoolean()).as(books.toString()).isTrue();
	}

	@Test
	void aVoteThatCannotCarryTheMovementIsRefusedNamingWhy() {
		String community = UUID.randomUUID().toString();
		String failed = UUID.randomUUID().toString();
		String otherMatter = UUID.randomUUID().toString();
		String otherCommunity = UUID.randomUUID().toString();
		TestEvents.awaitConsumed(consumerGroup,
				decided(failed, community, VoteMatter.RAISE_MAINTENANCE_FUND, false, "", 0),
				decided(otherMatter, community, VoteMatter.HIRE_PROPERTY_COMPANY, true, "", 0),
				decided(otherCommunity, UUID.randomUUID().toString(), VoteMatter.RAISE_MAINTENANCE_FUND, true, "", 0));

		assertThat(raise(community, failed)).contains("did not pass", "voteId", "Art. 278(6)");
		assertThat(raise(community, otherMatter)).contains("decided HIRE_PROPERTY_COMPANY, not RAISE_MAINTENANCE_FUND");
		assertThat(raise(community, otherCommunity)).contains("is a vote of community");
		ResponseEntity<JsonNode> unknown = http.post(HPF, Map.of("districtCode", "110105", "amountFen", 1_000L,
				"voteId", UUID.randomUUID().toString()), "/api/finance/maintenance-funds/{id}/raisings", community);
		assertThat(unknown.getStatusCode().value()).as("a vote not heard of yet: try again").isEqualTo(409);
		assertThat(unknown.getBody().toString()).contains("no VoteDecided");

		ResponseEntity<JsonNode> noVote = http.post(HPF, Map.of("districtCode", "110105", "amountFen", 1L,
				"projectId", UUID.randomUUID().toString()), "/api/finance/maintenance-funds/{id}/uses", community);
		assertThat(noVote.getStatusCode().value()).isEqualTo(400);
		assertThat(noVote.getBody().toString()).contains("vote");
		assertThat(http.get(HPF, "/api/finance/maintenance-funds/{id}", community).getBody().get("balanceFen").asLong())
			.isZero();
	}

	private String raise(String community, String vote) {
		ResponseEntity<JsonNode> refused = http.post(HPF, Map.of("districtCode", "110105", "amountFen", 1_000L,
				"voteId", vote), "/api/finance/maintenance-funds/{id}/raisings", community);
		assertThat(refused.getStatusCode().value()).as(refused.getBody().toString()).isEqualTo(422);
		return refused.getBody().toString();
	}

	private static RecordMetadata decided(String vote, String community, VoteMatter matter, boolean passed,
			String project, long amountFen) {
		VoteDecided decided = VoteDecided.newBuilder()
			.setVoteId(vote)
			.setCommunityId(community)
			.setDistrictCode("110105")
			.setStreetCode("110105017")
			.setMatter(matter)
			.setProjectId(project)
			.setPassed(passed)
			.setTally(passed ? VoteTally.newBuilder()
				.setOwners(100)
				.setAreaM2(8_000)
				.setOwnersVoting(90)
				.setAreaVotingM2(7_200)
				.setOwnersInFavour(80)
				.setAreaInFavourM2(6_500)
					: VoteTally.newBuilder()
						.setOwners(100)
						.setAreaM2(8_000)
						.setOwnersVoting(90)
						.setAreaVotingM2(7_200)
						.setOwnersInFavour(50)
						.setAreaInFavourM2(4_000))
			.setRule("THREE_QUARTERS")
			.setReason(passed ? "" : "4000 of 7200 m² voting agreed, below three quarters")
			.setDecidedAt(Timestamp.newBuilder().setSeconds(Instant.now().getEpochSecond()))
			.setAmountFen(amountFen)
			.build();
		return TestEvents.publish(VoteFacts.TOPIC,
				TestEvents.envelope(UUID.randomUUID().toString(), VoteFacts.VOTE_DECIDED, "housing-service", community,
						decided));
	}

	/** The first {@code count} movements of the community's fund on the topic, in order. */
	private static List<EventEnvelope> awaitMoved(KafkaConsumer<String, byte[]> consumer, String community, int count) {
		List<EventEnvelope> seen = new ArrayList<>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
				EventEnvelope envelope = EventEnvelope.parseFrom(record.value());
				if (community.equals(record.key()) && MaintenanceFacts.FUND_MOVED.equals(envelope.getType())) {
					seen.add(envelope);
				}
			}
			return seen.size() >= count;
		});
		return seen.subList(0, count);
	}

}
