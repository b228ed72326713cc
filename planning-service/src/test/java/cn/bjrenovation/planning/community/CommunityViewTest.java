package cn.bjrenovation.planning.community;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.v1.Community;
import cn.bjrenovation.planning.v1.GetResponsiblePlannerRequest;
import cn.bjrenovation.planning.v1.PlannerServiceGrpc;
import cn.bjrenovation.platform.events.MalformedEventException;
import cn.bjrenovation.platform.testing.HousingEvents;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestEvents;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** planning's view of housing's communities, fed by {@code housing.community} on a real broker. */
@ServiceTest
class CommunityViewTest {

	private static final String CHAOYANG = "110105";

	private static final String JINSONG = "110105017";

	@Autowired
	LocalGrpc grpc;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.kafka.consumer.group-id}")
	String consumerGroup;

	@Autowired
	LocalHttp http;

	@Test
	void registeredCommunityBecomesVisibleToThePlannerOfItsStreetAndCountsOnTheStreet() {
		String street = HousingEvents.uniqueStreet(CHAOYANG);
		Community community = HousingEvents.community("劲松北社区", street, 1978);
		EventEnvelope registered = HousingEvents.registered(UUID.randomUUID().toString(), community);
		HousingEvents.publish(registered);

		JsonNode seen = awaitCommunity(TestInfrastructure.token("PLANNER", "street", street), community).getBody();
		assertThat(seen.get("name").asText()).isEqualTo("劲松北社区");
		assertThat(seen.get("districtCode").asText()).isEqualTo(CHAOYANG);
		assertThat(seen.get("streetCode").asText()).isEqualTo(street);
		assertThat(seen.get("buildYear").asInt()).isEqualTo(1978);
		assertThat(Instant.parse(seen.get("registeredAt").asText()))
			.as("registered when housing registered it, not when planning heard of it")
			.isCloseTo(occurredAt(registered), within(1, ChronoUnit.MICROS)); // PostgreSQL keeps microseconds

		HousingEvents.publishRegistered(HousingEvents.community("劲松南社区", street, 1982));
		assignPlanner(street);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(planners(TestInfrastructure.token("HOUSING"))
				.getResponsiblePlanner(GetResponsiblePlannerRequest.newBuilder().setStreetCode(street).build())
				.getCommunitiesOnStreet()).isEqualTo(2));
	}

	@Test
	void redeliveredEventWithTheSameIdHasNoSecondEffect() {
		String eventId = UUID.randomUUID().toString();
		Community community = HousingEvents.community("双井小区", HousingEvents.uniqueStreet(CHAOYANG), 1990);
		EventEnvelope registered = HousingEvents.registered(eventId, community);
		TestEvents.awaitConsumed(consumerGroup, HousingEvents.publish(registered));

		RecordMetadata replay = HousingEvents.publish(registered);
		RecordMetadata redelivery = HousingEvents
			.publish(HousingEvents.registered(eventId, community.toBuilder().setName("改名小区").build()));
		TestEvents.awaitConsumed(consumerGroup, replay, redelivery);

		assertThat(jdbc.sql("SELECT name FROM community_view WHERE id = :id")
			.param("id", UUID.fromString(community.getCommunityId()))
			.query(String.class)
			.list()).containsExactly("双井小区");
		assertThat(consumedEvents(eventId)).isEqualTo(1);
	}

	@Test
	void laterFactAboutTheSameCommunityReplacesItsRowAndAnOlderOneArrivingLateDoesNot() {
		Community community = HousingEvents.community("团结湖小区", HousingEvents.uniqueStreet(CHAOYANG), 1985);
		EventEnvelope first = HousingEvents.registered(UUID.randomUUID().toString(), community);
		EventEnvelope later = HousingEvents.registered(UUID.randomUUID().toString(),
				community.toBuilder().setName("团结湖北小区").build());
		EventEnvelope stale = HousingEvents
			.registered(UUID.randomUUID().toString(), community.toBuilder().setName("旧名小区").build())
			.toBuilder()
			.setOccurredAt(Timestamp.newBuilder().setSeconds(occurredAt(first).getEpochSecond() - 3600))
			.build();

		TestEvents.awaitConsumed(consumerGroup, HousingEvents.publish(first), HousingEvents.publish(later),
				HousingEvents.publish(stale));

		assertThat(jdbc.sql("SELECT name FROM community_view WHERE id = :id")
			.param("id", UUID.fromString(community.getCommunityId()))
			.query(String.class)
			.list()).containsExactly("团结湖北小区");
	}

	@Test
	void poisonRecordIsDeadLetteredAndTheNextCommunityStillArrives() {
		String key = UUID.randomUUID().toString();
		byte[] garbage = { (byte) 0xff, (byte) 0xfe, 0x13, 0x37, 0x00, (byte) 0x80 };

		TestEvents.send(HousingEvents.TOPIC, key, garbage);

		ConsumerRecord<String, byte[]> dead = TestEvents.awaitDeadLetter(HousingEvents.TOPIC, key);
		assertThat(dead.key()).isEqualTo(key);
		assertThat(dead.value()).isEqualTo(garbage);
		assertThat(new String(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN).value()))
			.isEqualTo(MalformedEventException.class.getName());

		Community next = HousingEvents.community("劲松西社区", JINSONG, 1979);
		HousingEvents.publishRegistered(next);
		assertThat(awaitCommunity(TestInfrastructure.token("PLANNING"), next).getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void communityThatCannotBeOnItsStreetIsDeadLetteredWithoutBeingMarkedConsumed() {
		String eventId = UUID.randomUUID().toString();
		Community impossible = HousingEvents.community("错区小区", JINSONG, 1980).toBuilder()
			.setDistrictCode("110108")
			.build();

		HousingEvents.publish(HousingEvents.registered(eventId, impossible));

		assertThat(TestEvents.awaitDeadLetter(HousingEvents.TOPIC, impossible.getCommunityId()).value())
			.isNotEmpty();
		assertThat(consumedEvents(eventId)).as("the failed handling rolled back with its consumed_event row")
			.isZero();
		assertThat(http.get(TestInfrastructure.token("PLANNING"), "/api/planning/communities/{id}",
				impossible.getCommunityId()).getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void eventTypePlanningHasNoUseForIsSkippedNotDeadLettered() {
		String eventId = UUID.randomUUID().toString();
		String communityId = UUID.randomUUID().toString();
		EventEnvelope renamed = HousingEvents.registered(eventId, HousingEvents.community("某小区", JINSONG, 1980))
			.toBuilder()
			.setType("CommunityRenamed")
			.setAggregateId(communityId)
			.setPayload(ByteString.copyFromUtf8("a payload planning does not read"))
			.build();

		TestEvents.awaitConsumed(consumerGroup, HousingEvents.publish(renamed));

		assertThat(consumedEvents(eventId)).as("left unrecorded, for a later version to handle on replay").isZero();
		assertThat(TestEvents.deadLetters(HousingEvents.TOPIC)).noneMatch(record -> communityId.equals(record.key()));
	}

	@Test
	void plannerOfAnotherStreetSeesTheCommunityAsNotFound() {
		Community community = HousingEvents.community("劲松东社区", JINSONG, 1976);
		HousingEvents.publishRegistered(community);
		awaitCommunity(TestInfrastructure.token("PLANNING"), community);

		ResponseEntity<JsonNode> ownStreet = http.get(TestInfrastructure.token("PLANNER", "street", JINSONG),
				"/api/planning/communities/{id}", community.getCommunityId());
		ResponseEntity<JsonNode> otherStreet = http.get(TestInfrastructure.token("PLANNER", "street", "110105001"),
				"/api/planning/communities/{id}", community.getCommunityId());
		ResponseEntity<JsonNode> unknown = http.get(TestInfrastructure.token("PLANNER", "street", "110105001"),
				"/api/planning/communities/{id}", UUID.randomUUID());

		assertThat(ownStreet.getStatusCode().value()).isEqualTo(200);
		assertThat(otherStreet.getStatusCode().value()).isEqualTo(404);
		assertThat(otherStreet.getBody().get("detail").asText())
			.as("indistinguishable from an unknown id")
			.isEqualTo("community " + community.getCommunityId() + " not found");
		assertThat(unknown.getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void streetOfficeHoldsNoDutyToReadPlanningsCommunities() {
		ResponseEntity<JsonNode> refused = http.get(TestInfrastructure.token("STREET", "street", JINSONG),
				"/api/planning/communities/{id}", UUID.randomUUID());

		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(refused.getBody().get("operation").asText()).isEqualTo("planning.community.read");
	}

	@Test
	void communityIdThatIsNotAUuidIsRefusedNamingIt() {
		ResponseEntity<JsonNode> refused = http.get(TestInfrastructure.token("PLANNING"),
				"/api/planning/communities/{id}", "not-a-uuid");

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("communityId");
	}

	private ResponseEntity<JsonNode> awaitCommunity(String token, Community community) {
		@SuppressWarnings("unchecked")
		ResponseEntity<JsonNode>[] found = new ResponseEntity[1];
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			found[0] = http.get(token, "/api/planning/communities/{id}", community.getCommunityId());
			return found[0].getStatusCode().value() == 200;
		});
		return found[0];
	}

	private void assignPlanner(String street) {
		assertThat(http.put(TestInfrastructure.token("PLANNING"),
				Map.of("plannerSubject", "planner-" + street, "plannerName", "王规划"),
				"/api/planning/streets/{street}/planner", street).getStatusCode().value()).isEqualTo(200);
	}

	private PlannerServiceGrpc.PlannerServiceBlockingStub planners(String token) {
		return PlannerServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(LocalGrpc.bearer(token));
	}

	private long consumedEvents(String eventId) {
		return jdbc.sql("SELECT count(*) FROM consumed_event WHERE event_id = :id")
			.param("id", eventId)
			.query(Long.class)
			.single();
	}

	private static Instant occurredAt(EventEnvelope envelope) {
		return Instant.ofEpochSecond(envelope.getOccurredAt().getSeconds(), envelope.getOccurredAt().getNanos());
	}

}
