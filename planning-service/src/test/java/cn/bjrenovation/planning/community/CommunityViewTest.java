package cn.bjrenovation.planning.community;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.fixtures.housing.HousingEvents;
import cn.bjrenovation.housing.v1.Community;
import cn.bjrenovation.planning.v1.GetResponsiblePlannerRequest;
import cn.bjrenovation.planning.v1.PlannerServiceGrpc;
import cn.bjrenovation.platform.envelope.MalformedEventException;
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

	private static final String DONGCHENG = "110101";

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
		Community community = HousingEvents.community("劲松北社区", street, 1978)
			.toBuilder()
			.setAddress("朝阳区劲松北路1号")
			.setLatitude(39.8847)
			.setLongitude(116.4612)
			.build();
		EventEnvelope registered = HousingEvents.registered(UUID.randomUUID().toString(), community);
		HousingEvents.publish(registered);

		JsonNode seen = awaitCommunity(TestInfrastructure.token("PLANNER", "street", street), community).getBody();
		assertThat(seen.get("name").asText()).isEqualTo("劲松北社区");
		assertThat(seen.get("districtCode").asText()).isEqualTo(CHAOYANG);
		assertThat(seen.get("streetCode").asText()).isEqualTo(street);
		assertThat(seen.get("buildYear").asInt()).isEqualTo(1978);
		assertThat(seen.get("address").asText()).isEqualTo("朝阳区劲松北路1号");
		assertThat(seen.get("latitude").asDouble()).isEqualTo(39.8847);
		assertThat(seen.get("longitude").asDouble()).isEqualTo(116.4612);
		assertThat(seen.get("historicDistrict").asBoolean()).isFalse();
		assertThat(seen.get("coreArea").asBoolean()).isFalse();
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
	void communityWithoutALocationHasNone() {
		Community community = HousingEvents.community("八里庄小区", HousingEvents.uniqueStreet(CHAOYANG), 1984);
		HousingEvents.publishRegistered(community);

		JsonNode seen = awaitCommunity(TestInfrastructure.token("PLANNING"), community).getBody();
		assertThat(seen.get("address").isNull()).as("proto3's empty string is no address").isTrue();
		assertThat(seen.get("latitude").isNull()).as("(0, 0) is no place in Beijing").isTrue();
		assertThat(seen.get("longitude").isNull()).isTrue();
	}

	@Test
	void redeliveredEventWithTheSameIdHasNoSecondEffect() {
		String eventId = UUID.randomUUID().toString();
		Community community = HousingEvents.community("双井小区", HousingEvents.uniqueStreet(CHAOYANG), 1990);
		HousingEvents.publishRegistered(community);
		Community renamed = community.toBuilder().setName("双井北小区").setVersion(2).build();
		EventEnvelope updated = HousingEvents.updated(eventId, renamed);
		TestEvents.awaitConsumed(consumerGroup, HousingEvents.publish(updated));

		RecordMetadata replay = HousingEvents.publish(updated);
		RecordMetadata redelivery = HousingEvents
			.publish(HousingEvents.updated(eventId, renamed.toBuilder().setName("改名小区").setVersion(3).build()));
		TestEvents.awaitConsumed(consumerGroup, replay, redelivery);

		assertThat(jdbc.sql("SELECT name || ' v' || version FROM community_view WHERE id = :id")
			.param("id", UUID.fromString(community.getCommunityId()))
			.query(String.class)
			.list()).as("a higher version under a handled event id is the same event, not a newer fact")
			.containsExactly("双井北小区 v2");
		assertThat(consumedEvents(eventId)).isEqualTo(1);
	}

	@Test
	void updateReplacesTheCommunityAndAStaleOneArrivingLateDoesNot() {
		Community community = HousingEvents.community("团结湖小区", HousingEvents.uniqueStreet(CHAOYANG), 1985);
		EventEnvelope registered = HousingEvents.registered(UUID.randomUUID().toString(), community);
		EventEnvelope newest = HousingEvents.updated(UUID.randomUUID().toString(), community.toBuilder()
			.setName("团结湖北小区")
			.setAddress("朝阳区团结湖北路3号")
			.setVersion(3)
			.build());
		EventEnvelope stale = HousingEvents.updated(UUID.randomUUID().toString(),
				community.toBuilder().setName("旧名小区").setVersion(2).build());

		TestEvents.awaitConsumed(consumerGroup, HousingEvents.publish(registered), HousingEvents.publish(newest),
				HousingEvents.publish(stale));

		JsonNode seen = http.get(TestInfrastructure.token("PLANNING"), "/api/planning/communities/{id}",
				community.getCommunityId()).getBody();
		assertThat(seen.get("name").asText()).isEqualTo("团结湖北小区");
		assertThat(seen.get("address").asText()).isEqualTo("朝阳区团结湖北路3号");
		assertThat(Instant.parse(seen.get("registeredAt").asText())).as("still when it was registered, not updated")
			.isCloseTo(occurredAt(registered), within(1, ChronoUnit.MICROS));
		assertThat(version(community)).isEqualTo(3);
	}

	@Test
	void retiredCommunityIsNotFoundAndNoLongerCountsOnItsStreetButKeepsItsRow() {
		String street = HousingEvents.uniqueStreet(CHAOYANG);
		Community retiring = HousingEvents.community("垂杨柳东里", street, 1975);
		Community staying = HousingEvents.community("垂杨柳西里", street, 1976);
		HousingEvents.publishRegistered(retiring);
		HousingEvents.publishRegistered(staying);
		assignPlanner(street);

		TestEvents.awaitConsumed(consumerGroup,
				HousingEvents.publishRetired(retiring.toBuilder().setVersion(3).build()),
				HousingEvents.publishUpdated(retiring.toBuilder().setName("垂杨柳东里（旧）").setVersion(2).build()));

		assertThat(http.get(TestInfrastructure.token("PLANNER", "street", street), "/api/planning/communities/{id}",
				retiring.getCommunityId()).getStatusCode().value()).isEqualTo(404);
		assertThat(awaitCommunity(TestInfrastructure.token("PLANNER", "street", street), staying).getStatusCode()
			.value()).isEqualTo(200);
		assertThat(planners(TestInfrastructure.token("HOUSING"))
			.getResponsiblePlanner(GetResponsiblePlannerRequest.newBuilder().setStreetCode(street).build())
			.getCommunitiesOnStreet()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT retired FROM community_view WHERE id = :id")
			.param("id", UUID.fromString(retiring.getCommunityId()))
			.query(Boolean.class)
			.single()).as("retired, not deleted, and a stale update does not bring it back").isTrue();
		assertThat(version(retiring)).isEqualTo(3);
	}

	@Test
	void everyCommunityOfAnImportIsRecorded() {
		String dongcheng = HousingEvents.uniqueStreet(DONGCHENG);
		Community historic = HousingEvents.community("南锣鼓巷小区", dongcheng, 1958)
			.toBuilder()
			.setHistoricDistrict(true)
			.setCoreArea(true)
			.build();
		Community neighbour = HousingEvents.community("菊儿胡同小区", dongcheng, 1990).toBuilder().setCoreArea(true).build();
		Community elsewhere = HousingEvents.community("呼家楼小区", HousingEvents.uniqueStreet(CHAOYANG), 1980);

		TestEvents.awaitConsumed(consumerGroup, HousingEvents.publishImported(List.of(historic, neighbour, elsewhere)));

		JsonNode seen = http.get(TestInfrastructure.token("PLANNER", "street", dongcheng),
				"/api/planning/communities/{id}", historic.getCommunityId()).getBody();
		assertThat(seen.get("name").asText()).isEqualTo("南锣鼓巷小区");
		assertThat(seen.get("historicDistrict").asBoolean()).isTrue();
		assertThat(seen.get("coreArea").asBoolean()).isTrue();
		for (Community community : List.of(neighbour, elsewhere)) {
			assertThat(http.get(TestInfrastructure.token("PLANNING"), "/api/planning/communities/{id}",
					community.getCommunityId()).getStatusCode().value()).isEqualTo(200);
		}
	}

	@Test
	void updateOvertakingItsImportStillEndsWithTheNewestVersion() {
		Community imported = HousingEvents.community("农光里", HousingEvents.uniqueStreet(CHAOYANG), 1979);
		EventEnvelope update = HousingEvents.updated(UUID.randomUUID().toString(),
				imported.toBuilder().setName("农光东里").setVersion(2).build());
		EventEnvelope importing = HousingEvents
			.imported(UUID.randomUUID().toString(), UUID.randomUUID().toString(), List.of(imported))
			.toBuilder()
			.setOccurredAt(Timestamp.newBuilder().setSeconds(occurredAt(update).getEpochSecond() - 3600))
			.build();

		TestEvents.awaitConsumed(consumerGroup, HousingEvents.publish(update));
		TestEvents.awaitConsumed(consumerGroup, HousingEvents.publish(importing));

		JsonNode seen = http.get(TestInfrastructure.token("PLANNING"), "/api/planning/communities/{id}",
				imported.getCommunityId()).getBody();
		assertThat(seen.get("name").asText()).isEqualTo("农光东里");
		assertThat(Instant.parse(seen.get("registeredAt").asText()))
			.as("the import dates the registration, though it came last")
			.isEqualTo(occurredAt(importing));
		assertThat(version(imported)).isEqualTo(2);
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
	void buildingGradedIsSkippedNotDeadLettered() {
		String eventId = UUID.randomUUID().toString();
		String communityId = UUID.randomUUID().toString();

		TestEvents.awaitConsumed(consumerGroup,
				HousingEvents.publish(HousingEvents.buildingGraded(eventId, communityId, "D")));

		assertThat(consumedEvents(eventId)).isZero();
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

	private long version(Community community) {
		return jdbc.sql("SELECT version FROM community_view WHERE id = :id")
			.param("id", UUID.fromString(community.getCommunityId()))
			.query(Long.class)
			.single();
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
