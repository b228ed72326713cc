package cn.bjrenovation.pipeline.street;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.fixtures.housing.HousingEvents;
import cn.bjrenovation.housing.v1.Community;
import cn.bjrenovation.pipeline.v1.ListStreetCommunitiesRequest;
import cn.bjrenovation.pipeline.v1.ListStreetCommunitiesResponse;
import cn.bjrenovation.pipeline.v1.StreetCommunity;
import cn.bjrenovation.pipeline.v1.StreetCoordinationServiceGrpc;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import cn.bjrenovation.platform.testing.GrpcRefusals;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestEvents;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import com.google.protobuf.ByteString;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The communities per street for dig-once coordination, fed by {@code housing.community} on a real broker. */
@ServiceTest
class StreetCommunitiesTest {

	private static final String CHAOYANG = "110105";

	private static final String HAIDIAN = "110108";

	private static final String PATH = "/api/pipeline/streets/{street}/communities";

	@Autowired
	LocalGrpc grpc;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.kafka.consumer.group-id}")
	String consumerGroup;

	@Autowired
	LocalHttp http;

	@Test
	void registeredCommunitiesAreListedOnTheirStreetInNameOrderOverRestAndGrpc() {
		String street = HousingEvents.uniqueStreet(CHAOYANG);
		Community beiyuan = HousingEvents.community("北苑小区", street, 1988);
		Community anzhen = HousingEvents.community("安贞里", street, 1983);
		Community elsewhere = HousingEvents.community("和平里", HousingEvents.uniqueStreet(CHAOYANG), 1975);
		HousingEvents.publishRegistered(beiyuan);
		HousingEvents.publishRegistered(anzhen);
		HousingEvents.publishRegistered(elsewhere);

		JsonNode listed = await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get(TestInfrastructure.token("CITY_MGMT"), PATH, street).getBody(),
					body -> body.get("communities").size() == 2);

		// pinyin order (an < bei), not code point order (北 U+5317 < 安 U+5B89)
		assertThat(listed.get("streetCode").asText()).isEqualTo(street);
		assertThat(listed.get("communities").findValuesAsString("name")).containsExactly("安贞里", "北苑小区");
		assertThat(listed.get("communities").get(0).get("communityId").asText()).isEqualTo(anzhen.getCommunityId());
		assertThat(listed.get("communities").get(0).get("buildYear").asInt()).isEqualTo(1983);

		ListStreetCommunitiesResponse viaGrpc = streets(TestInfrastructure.token("OPERATOR", "utility", "water"))
			.listStreetCommunities(ListStreetCommunitiesRequest.newBuilder().setStreetCode(street).build());
		assertThat(viaGrpc.getCommunitiesList()).extracting(StreetCommunity::getCommunityId)
			.containsExactly(anzhen.getCommunityId(), beiyuan.getCommunityId());
		assertThat(viaGrpc.getCommunities(1).getName()).isEqualTo("北苑小区");
		assertThat(viaGrpc.getCommunities(1).getBuildYear()).isEqualTo(1988);
	}

	@Test
	void redeliveredEventWithTheSameIdHasNoSecondEffect() {
		String eventId = UUID.randomUUID().toString();
		String street = HousingEvents.uniqueStreet(CHAOYANG);
		Community community = HousingEvents.community("双井小区", street, 1990);
		EventEnvelope registered = HousingEvents.registered(eventId, community);
		TestEvents.awaitConsumed(consumerGroup, HousingEvents.publish(registered));

		RecordMetadata replay = HousingEvents.publish(registered);
		RecordMetadata redelivery = HousingEvents.publish(HousingEvents.registered(eventId, community.toBuilder()
			.setName("改名小区")
			.setStreetCode(HousingEvents.uniqueStreet(CHAOYANG))
			.setVersion(2)
			.build()));
		TestEvents.awaitConsumed(consumerGroup, replay, redelivery);

		assertThat(jdbc.sql("SELECT street_code || ' ' || name FROM street_community WHERE community_id = :id")
			.param("id", UUID.fromString(community.getCommunityId()))
			.query(String.class)
			.list()).as("a higher version under a handled event id is the same event, not a newer fact")
			.containsExactly(street + " 双井小区");
		assertThat(consumedEvents(eventId)).isEqualTo(1);
	}

	@Test
	void updateReplacesTheCommunityOnItsStreetAndAStaleOneArrivingLateDoesNot() {
		String street = HousingEvents.uniqueStreet(CHAOYANG);
		Community community = HousingEvents.community("团结湖小区", street, 1985);

		TestEvents.awaitConsumed(consumerGroup, HousingEvents.publishRegistered(community),
				HousingEvents.publishUpdated(community.toBuilder().setName("团结湖北小区").setVersion(3).build()),
				HousingEvents.publishUpdated(community.toBuilder().setName("旧名小区").setVersion(2).build()));

		assertThat(names(street)).containsExactly("团结湖北小区");
		assertThat(version(community)).isEqualTo(3);
	}

	@Test
	void retiredCommunityIsLeftOffItsStreetButKeepsItsRow() {
		String street = HousingEvents.uniqueStreet(CHAOYANG);
		Community retiring = HousingEvents.community("垂杨柳东里", street, 1975);
		Community staying = HousingEvents.community("垂杨柳西里", street, 1976);

		TestEvents.awaitConsumed(consumerGroup, HousingEvents.publishRegistered(retiring),
				HousingEvents.publishRegistered(staying),
				HousingEvents.publishRetired(retiring.toBuilder().setVersion(2).build()));

		assertThat(names(street)).containsExactly("垂杨柳西里");
		assertThat(streets(TestInfrastructure.token("CITY_MGMT"))
			.listStreetCommunities(ListStreetCommunitiesRequest.newBuilder().setStreetCode(street).build())
			.getCommunitiesList()).extracting(StreetCommunity::getCommunityId)
			.containsExactly(staying.getCommunityId());
		assertThat(jdbc.sql("SELECT retired FROM street_community WHERE community_id = :id")
			.param("id", UUID.fromString(retiring.getCommunityId()))
			.query(Boolean.class)
			.single()).as("retired, not deleted").isTrue();
	}

	@Test
	void everyCommunityOfAnImportIsFiledUnderItsStreet() {
		String street = HousingEvents.uniqueStreet(HAIDIAN);
		String other = HousingEvents.uniqueStreet(HAIDIAN);
		Community surveyed = HousingEvents.community("双榆树北里", street, 1982)
			.toBuilder()
			.setAddress("海淀区双榆树北路5号")
			.setLatitude(39.9672)
			.setLongitude(116.3285)
			.setBuildingCount(14)
			.build();
		Community bare = HousingEvents.community("大钟寺小区", street, 1986);
		Community elsewhere = HousingEvents.community("万泉河小区", other, 1991);

		TestEvents.awaitConsumed(consumerGroup, HousingEvents.publishImported(List.of(surveyed, bare, elsewhere)));

		assertThat(names(street)).containsExactly("大钟寺小区", "双榆树北里");
		assertThat(names(other)).containsExactly("万泉河小区");
		assertThat(jdbc.sql("""
				SELECT address || ' ' || latitude || ' ' || longitude || ' ' || building_count
				FROM street_community WHERE community_id = :id
				""")
			.param("id", UUID.fromString(surveyed.getCommunityId()))
			.query(String.class)
			.single()).isEqualTo("海淀区双榆树北路5号 39.9672 116.3285 14");
		assertThat(jdbc.sql("""
				SELECT address IS NULL AND latitude IS NULL AND longitude IS NULL AND building_count IS NULL
				FROM street_community WHERE community_id = :id
				""")
			.param("id", UUID.fromString(bare.getCommunityId()))
			.query(Boolean.class)
			.single()).as("proto3's zeros are taken as not given").isTrue();
	}

	@Test
	void updateOvertakingItsImportStillEndsWithTheNewestVersion() {
		String street = HousingEvents.uniqueStreet(CHAOYANG);
		Community imported = HousingEvents.community("农光里", street, 1979);

		TestEvents.awaitConsumed(consumerGroup,
				HousingEvents.publishUpdated(imported.toBuilder().setName("农光东里").setVersion(2).build()));
		TestEvents.awaitConsumed(consumerGroup, HousingEvents.publishImported(List.of(imported)));

		assertThat(names(street)).containsExactly("农光东里");
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

		String street = HousingEvents.uniqueStreet(HAIDIAN);
		HousingEvents.publishRegistered(HousingEvents.community("万柳小区", street, 1995));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(names(street)).containsExactly("万柳小区"));
	}

	@Test
	void communityWithoutAStreetIsDeadLetteredWithoutBeingMarkedConsumed() {
		String eventId = UUID.randomUUID().toString();
		Community streetless = HousingEvents.community("无街道小区", "110105017", 1980).toBuilder()
			.setStreetCode("")
			.build();

		HousingEvents.publish(HousingEvents.registered(eventId, streetless));

		assertThat(TestEvents.awaitDeadLetter(HousingEvents.TOPIC, streetless.getCommunityId()).value()).isNotEmpty();
		assertThat(consumedEvents(eventId)).as("the failed handling rolled back with its consumed_event row")
			.isZero();
	}

	@Test
	void eventTypePipelineHasNoUseForIsSkippedNotDeadLettered() {
		String eventId = UUID.randomUUID().toString();
		String communityId = UUID.randomUUID().toString();
		EventEnvelope renamed = HousingEvents
			.registered(eventId, HousingEvents.community("某小区", "110105017", 1980))
			.toBuilder()
			.setType("CommunityRenamed")
			.setAggregateId(communityId)
			.setPayload(ByteString.copyFromUtf8("a payload pipeline does not read"))
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
	void streetWithoutRegisteredCommunitiesListsEmpty() {
		String street = HousingEvents.uniqueStreet(HAIDIAN);

		ResponseEntity<JsonNode> listed = http.get(TestInfrastructure.token("DRC"), PATH, street);

		assertThat(listed.getStatusCode().value()).isEqualTo(200);
		assertThat(listed.getBody().get("communities").isEmpty()).isTrue();
	}

	@Test
	void financeBureauHoldsNoDutyForPipelineCoordination() {
		ResponseEntity<JsonNode> refused = http.get(TestInfrastructure.token("FINANCE"), PATH, "110105017");

		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(refused.getBody().get("operation").asText()).isEqualTo("pipeline.street-communities.list");
		assertThat(refused.getBody().get("detail").asText()).contains("FINANCE");
	}

	@Test
	void callWithoutTokenIsUnauthorized() {
		assertThat(http.get(null, PATH, "110105017").getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void streetCodeThatIsNotNineDigitsIsRefusedNamingIt() {
		ResponseEntity<JsonNode> refused = http.get(TestInfrastructure.token("CITY_MGMT"), PATH, "1101050170");

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("streetCode");
		assertThat(refused.getBody().get("errors").get(0).get("reason").asText()).contains("1101050170", "9-digit");
	}

	@Test
	void streetCodeThatIsNotNineDigitsOverGrpcIsInvalidArgumentNamingIt() {
		assertThatThrownBy(() -> streets(TestInfrastructure.token("CITY_MGMT"))
			.listStreetCommunities(ListStreetCommunitiesRequest.newBuilder().setStreetCode("劲松街道").build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class, ex -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
				assertThat(ex.getStatus().getDescription()).contains("street_code");
				assertThat(GrpcRefusals.fieldViolations(ex)).extracting(BadRequest.FieldViolation::getField)
					.containsExactly("street_code");
				assertThat(GrpcRefusals.fieldViolations(ex).get(0).getDescription()).contains("劲松街道", "9-digit");
			});
	}

	private List<String> names(String street) {
		return http.get(TestInfrastructure.token("CITY_MGMT"), PATH, street)
			.getBody()
			.get("communities")
			.findValuesAsString("name");
	}

	private StreetCoordinationServiceGrpc.StreetCoordinationServiceBlockingStub streets(String token) {
		return StreetCoordinationServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(LocalGrpc.bearer(token));
	}

	private long version(Community community) {
		return jdbc.sql("SELECT version FROM street_community WHERE community_id = :id")
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

}
