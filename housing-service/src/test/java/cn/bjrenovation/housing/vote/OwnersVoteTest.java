package cn.bjrenovation.housing.vote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.community.Surveys;
import cn.bjrenovation.housing.v1.AcceptanceServiceGrpc;
import cn.bjrenovation.housing.v1.GetVoteRequest;
import cn.bjrenovation.housing.v1.ListVotesRequest;
import cn.bjrenovation.housing.v1.VoteDecided;
import cn.bjrenovation.housing.v1.VoteFacts;
import cn.bjrenovation.housing.v1.VoteMatter;
import cn.bjrenovation.housing.v1.VoteStatus;
import cn.bjrenovation.platform.testing.GrpcRefusals;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Owners' votes (业主共同决定, DOMAIN.md §7): the street organises a vote for a community of its street, the community
 * organisation records each unit's ballot once, the street closes it and the thresholds held as data decide —
 * a vote below threshold FAILED naming the threshold — and {@code VoteDecided} goes out on {@code housing.vote}.
 */
@ServiceTest
class OwnersVoteTest {

	private static final String CHAOYANG = "110105";

	private static final String JINSONG = "110105017";

	private static final String WANSHOULU = "110108001";

	private static final String VOTES = "/api/housing/votes";

	@Autowired
	LocalHttp http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LocalGrpc grpc;

	@Test
	void theThresholdsAreServedAsTheServiceHoldsThemToThoseWhoReadVotes() {
		ResponseEntity<JsonNode> answer = http.get(street(JINSONG), "/api/housing/vote-rules");

		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		JsonNode rules = answer.getBody();
		assertThat(rules.findValuesAsString("matter")).containsExactly("HIRE_PROPERTY_COMPANY", "RAISE_MAINTENANCE_FUND",
				"USE_MAINTENANCE_FUND", "ADD_ELEVATOR", "LET_SHARED_SPACE");
		JsonNode hire = rules.get(0);
		assertThat(hire.get("label").asString()).isEqualTo("选聘物业服务企业");
		assertThat(hire.get("participation").get("numerator").asInt()).isEqualTo(2);
		assertThat(hire.get("participation").get("denominator").asInt()).isEqualTo(3);
		assertThat(hire.get("approval").get("numerator").asInt()).isEqualTo(1);
		assertThat(hire.get("approval").get("denominator").asInt()).isEqualTo(2);
		assertThat(hire.get("approvalStrict").asBoolean()).isTrue();
		assertThat(hire.get("clause").asString()).contains("第二百七十八条", "(四)");
		JsonNode elevator = rules.get(3);
		assertThat(elevator.get("approval").get("numerator").asInt()).isEqualTo(3);
		assertThat(elevator.get("approval").get("denominator").asInt()).isEqualTo(4);
		assertThat(elevator.get("approvalStrict").asBoolean()).isFalse();
		assertThat(elevator.get("name").asString()).isEqualTo("THREE_QUARTERS");
		// the same rows the service closes votes with
		assertThat(elevator.get("clause").asString()).isEqualTo(jdbc.sql("SELECT clause FROM vote_rule WHERE matter = 'ADD_ELEVATOR'")
			.query(String.class)
			.single());

		assertThat(http.get(TestInfrastructure.token("HOUSING"), "/api/housing/vote-rules").getStatusCode().value())
			.isEqualTo(200);
		assertThat(http.get(TestInfrastructure.token("PLANNING"), "/api/housing/vote-rules").getStatusCode().value())
			.isEqualTo(403);
	}

	@Test
	void theStreetOrganisesTheCommunityRecordsBallotsAndAPassingHireVoteIsPublished() throws Exception {
		String community = community();
		String org = org(community);

		ResponseEntity<JsonNode> organised = http.post(street(JINSONG), vote(community, "HIRE_PROPERTY_COMPANY", 12,
				1200.0), VOTES);

		assertThat(organised.getStatusCode().value()).as("%s", organised.getBody()).isEqualTo(201);
		String id = organised.getBody().get("id").asText();
		assertThat(organised.getHeaders().getLocation()).hasToString(VOTES + "/" + id);
		assertThat(organised.getBody().get("status").asText()).isEqualTo("OPEN");
		assertThat(organised.getBody().get("electorate").get("owners").asInt()).isEqualTo(12);

		ResponseEntity<JsonNode> recorded = http.post(org, ballots(0, 6, "FOR"), VOTES + "/{id}/ballots", id);
		assertThat(recorded.getStatusCode().value()).as("%s", recorded.getBody()).isEqualTo(200);
		assertThat(http.post(org, ballots(6, 3, "AGAINST"), VOTES + "/{id}/ballots", id).getBody().get("ballots")
			.asInt()).isEqualTo(9);
		ResponseEntity<JsonNode> twice = http.post(org, ballots(2, 1, "AGAINST"), VOTES + "/{id}/ballots", id);
		assertThat(twice.getStatusCode().value()).isEqualTo(409);
		assertThat(twice.getBody().get("detail").asText()).contains("unit 1-1-103");
		assertThat(http.post(org, Map.of(), VOTES + "/{id}/close", id).getStatusCode().value())
			.as("the street closes the vote, not the community").isEqualTo(403);

		ResponseEntity<JsonNode> closed = http.post(street(JINSONG), Map.of(), VOTES + "/{id}/close", id);

		assertThat(closed.getStatusCode().value()).as("%s", closed.getBody()).isEqualTo(200);
		assertThat(closed.getBody().get("status").asText()).isEqualTo("PASSED");
		assertThat(closed.getBody().get("rule").asText()).isEqualTo("MORE_THAN_HALF");
		assertThat(closed.getBody().get("participation").get("owners").asInt()).isEqualTo(9);
		assertThat(closed.getBody().get("inFavour").get("area").decimalValue()).isEqualByComparingTo("600");
		assertThat(http.post(org, ballots(20, 1, "FOR"), VOTES + "/{id}/ballots", id).getStatusCode().value())
			.isEqualTo(409);

		EventEnvelope decided = awaitDecided(community, id);
		assertThat(decided.getType()).isEqualTo(VoteFacts.VOTE_DECIDED);
		VoteDecided payload = VoteDecided.parseFrom(decided.getPayload());
		assertThat(payload.getPassed()).isTrue();
		assertThat(payload.getMatter()).isEqualTo(VoteMatter.HIRE_PROPERTY_COMPANY);
		assertThat(payload.getStreetCode()).isEqualTo(JINSONG);
		assertThat(payload.getTally().getOwnersInFavour()).isEqualTo(6);
		assertThat(payload.getTally().getAreaVotingM2()).isEqualTo(900.0);

		assertThat(http.get(org, VOTES + "/{id}", id).getBody().get("status").asText()).isEqualTo("PASSED");
		var viaGrpc = votes(TestInfrastructure.token("FINANCE"))
			.getVote(GetVoteRequest.newBuilder().setVoteId(id).build())
			.getVote();
		assertThat(viaGrpc.getStatus()).isEqualTo(VoteStatus.VOTE_PASSED);
		assertThat(viaGrpc.getTally().getOwnersVoting()).isEqualTo(9);
		assertThat(viaGrpc.getRule()).isEqualTo("MORE_THAN_HALF");
		assertThat(votes(street(JINSONG))
			.listVotes(ListVotesRequest.newBuilder().setCommunityId(community).build())
			.getVotesList()).extracting(vote -> vote.getVoteId()).containsExactly(id);
		assertThatThrownBy(() -> votes(street(WANSHOULU))
			.getVote(GetVoteRequest.newBuilder().setVoteId(id).build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
		assertThatThrownBy(() -> votes(street(JINSONG))
			.getVote(GetVoteRequest.newBuilder().setVoteId("nope").build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(GrpcRefusals.fieldViolations(ex))
						.extracting(violation -> violation.getField())
						.containsExactly("vote_id"));
		assertThat(http.get(TestInfrastructure.token("HPF"), VOTES + "?communityId=" + community).getBody()
			.findValuesAsString("id")).containsExactly(id);
		assertThat(http.get(org, VOTES).getBody().findValuesAsString("id")).as("the own community's latest")
			.containsExactly(id);
		assertThat(http.get(street(WANSHOULU), VOTES).getBody().findValuesAsString("id")).doesNotContain(id);
		assertThat(http.get(org(community()), VOTES + "/{id}", id).getStatusCode().value()).isEqualTo(404);
		assertThat(http.get(street(WANSHOULU), VOTES + "?communityId=" + community).getStatusCode().value())
			.isEqualTo(404);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT operation FROM audit_record WHERE target = :id AND kind = 'change' ORDER BY position")
			.param("id", id)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("housing.vote.organise", "housing.vote.ballots", "housing.vote.ballots",
					"housing.vote.close"));
	}

	@Test
	void aVoteBelowThresholdFailsNamingTheThresholdMissed() throws Exception {
		String community = community();
		String id = http.post(street(JINSONG), vote(community, "ADD_ELEVATOR", 12, 1200.0), VOTES).getBody()
			.get("id")
			.asText();
		http.post(org(community), ballots(0, 8, "FOR"), VOTES + "/{id}/ballots", id);
		http.post(org(community), ballots(8, 3, "AGAINST"), VOTES + "/{id}/ballots", id);

		ResponseEntity<JsonNode> closed = http.post(street(JINSONG), Map.of(), VOTES + "/{id}/close", id);

		assertThat(closed.getBody().get("status").asText()).isEqualTo("FAILED");
		assertThat(closed.getBody().get("rule").asText()).isEqualTo("THREE_QUARTERS");
		assertThat(closed.getBody().get("reasons").get(0).asText())
			.startsWith("approval by number: 8 of 11 owners taking part voted for, not at least 3/4 THREE_QUARTERS");
		VoteDecided payload = VoteDecided.parseFrom(awaitDecided(community, id).getPayload());
		assertThat(payload.getPassed()).isFalse();
		assertThat(payload.getReason()).contains("THREE_QUARTERS");
		assertThat(http.post(street(JINSONG), Map.of(), VOTES + "/{id}/close", id).getStatusCode().value())
			.isEqualTo(409);
	}

	@Test
	void aStreetOrganisesOnlyOnItsOwnStreetAndEveryBadFieldIsReportedAtOnce() {
		String community = community();
		ResponseEntity<JsonNode> elsewhere = http.post(street(WANSHOULU), vote(community, "ADD_ELEVATOR", 12, 1200.0),
				VOTES);
		assertThat(elsewhere.getStatusCode().value()).isEqualTo(403);
		assertThat(elsewhere.getBody().get("operation").asText()).isEqualTo("housing.vote.organise");
		assertThat(http.post(org(community), vote(community, "ADD_ELEVATOR", 12, 1200.0), VOTES).getStatusCode()
			.value()).isEqualTo(403);

		Map<String, Object> bad = new LinkedHashMap<>();
		bad.put("communityId", "x");
		bad.put("projectId", "y");
		bad.put("matter", "BUY_A_YACHT");
		bad.put("question", "");
		bad.put("owners", 0);
		bad.put("area", -1);
		assertThat(http.post(street(JINSONG), bad, VOTES).getBody().get("errors").findValuesAsString("field"))
			.containsExactly("communityId", "projectId", "matter", "question", "owners", "area");

		String id = http.post(street(JINSONG), vote(community, "ADD_ELEVATOR", 12, 1200.0), VOTES).getBody()
			.get("id")
			.asText();
		List<Map<String, Object>> ballots = new ArrayList<>();
		ballots.add(Map.of("unit", "1-1-101", "area", 100, "choice", "FOR"));
		ballots.add(Map.of("unit", "1-1-101", "area", 0, "choice", "MAYBE"));
		ResponseEntity<JsonNode> refused = http.post(org(community), Map.of("ballots", ballots),
				VOTES + "/{id}/ballots", id);
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsExactly("ballots[1].area",
				"ballots[1].choice", "ballots[1].unit");
		assertThat(jdbc.sql("SELECT count(*) FROM vote_ballot WHERE vote_id = :v")
			.param("v", UUID.fromString(id))
			.query(Long.class)
			.single()).isZero();
	}

	private static EventEnvelope awaitDecided(String community, String voteId) {
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
		props.put(ConsumerConfig.GROUP_ID_CONFIG, "vote-facts-" + UUID.randomUUID());
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(VoteFacts.TOPIC));
			List<EventEnvelope> found = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
					EventEnvelope envelope = EventEnvelope.parseFrom(record.value());
					if (community.equals(record.key())
							&& VoteDecided.parseFrom(envelope.getPayload()).getVoteId().equals(voteId)) {
						found.add(envelope);
					}
				}
				return !found.isEmpty();
			});
			return found.get(0);
		}
	}

	private String community() {
		Map<String, Object> survey = Surveys.community("表决小区" + Surveys.unique(), CHAOYANG, JINSONG, 1988);
		ResponseEntity<JsonNode> created = http.post(TestInfrastructure.token("HOUSING"), survey,
				"/api/housing/communities");
		assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
		return created.getBody().get("id").asText();
	}

	private static Map<String, Object> vote(String community, String matter, int owners, double area) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("communityId", community);
		body.put("matter", matter);
		body.put("question", "是否同意选聘试运行的物业服务企业");
		body.put("owners", owners);
		body.put("area", area);
		return body;
	}

	/** {@code count} ballots of 100 m² from unit 1-1-(101 + from). */
	private static Map<String, Object> ballots(int from, int count, String choice) {
		List<Map<String, Object>> ballots = new ArrayList<>();
		for (int i = from; i < from + count; i++) {
			ballots.add(Map.of("unit", "1-1-" + (101 + i), "area", 100, "choice", choice));
		}
		return Map.of("ballots", ballots);
	}

	private AcceptanceServiceGrpc.AcceptanceServiceBlockingStub votes(String token) {
		return AcceptanceServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(token));
	}

	private static String street(String code) {
		return TestInfrastructure.token("STREET", "street", code);
	}

	private static String org(String community) {
		return TestInfrastructure.token("COMMUNITY_ORG", "community", community);
	}

}
