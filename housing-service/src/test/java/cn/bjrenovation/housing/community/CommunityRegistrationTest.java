package cn.bjrenovation.housing.community;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.v1.CommunityServiceGrpc;
import cn.bjrenovation.housing.v1.GetCommunityRequest;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@ServiceTest
class CommunityRegistrationTest {

	private static final String CHAOYANG = "110105";

	private static final String JINSONG = "110105017";

	private static KafkaConsumer<String, byte[]> consumer;

	@Autowired
	LocalHttp http;

	@Autowired
	LocalGrpc grpc;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void subscribe() {
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
		props.put(ConsumerConfig.GROUP_ID_CONFIG, "registration-test-" + UUID.randomUUID());
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
		consumer.subscribe(List.of("housing.community"));
	}

	@AfterAll
	static void close() {
		consumer.close();
	}

	@Test
	void districtRegistersCommunityAndItsEventLeavesThroughTheOutbox() throws Exception {
		ResponseEntity<JsonNode> created = post(TestInfrastructure.token("DISTRICT", "district", CHAOYANG),
				Surveys.community("劲松北社区-" + Surveys.unique(), CHAOYANG, JINSONG, 1978));

		assertThat(created.getStatusCode().value()).isEqualTo(201);
		String id = created.getBody().get("id").asText();
		assertThat(created.getHeaders().getLocation()).hasToString("/api/housing/communities/" + id);

		EventEnvelope envelope = awaitEvent(id);
		assertThat(envelope.getType()).isEqualTo("CommunityRegistered");
		assertThat(envelope.getProducer()).isEqualTo("housing-service");
		assertThat(envelope.getSchemaVersion()).isEqualTo(1);
		assertThat(envelope.getTraceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
		var payload = cn.bjrenovation.housing.v1.CommunityRegistered.parseFrom(envelope.getPayload());
		assertThat(payload.getCommunity().getName()).startsWith("劲松北社区");
		assertThat(payload.getCommunity().getBuildYear()).isEqualTo(1978);

		var viaGrpc = communities(TestInfrastructure.token("PLANNING"))
			.getCommunity(GetCommunityRequest.newBuilder().setCommunityId(id).build());
		assertThat(viaGrpc.getCommunity().getStreetCode()).isEqualTo(JINSONG);
		// Kafka acknowledged the record, so its outbox entry ends completed (marked by PublicationMarks' writer)
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("""
				SELECT status || ' ' || (completion_date IS NOT NULL) FROM event_publication
				WHERE serialized_event LIKE '%' || :id || '%'
				""").param("id", id).query(String.class).list()).isNotEmpty().containsOnly("COMPLETED true"));
	}

	@Test
	void communityBuiltIn2000OrLaterIsRefusedNamingTheBuildYearAndNothingIsStored() {
		long before = communities();

		ResponseEntity<JsonNode> refused = post(TestInfrastructure.token("HOUSING"),
				Surveys.community("新建小区", CHAOYANG, JINSONG, 2005));

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("buildYear");
		assertThat(refused.getBody().get("errors").get(0).get("reason").asText()).contains("2005", "before 2000");
		assertThat(communities()).isEqualTo(before);
	}

	@Test
	void malformedCodesAreRefusedNamingEachField() {
		ResponseEntity<JsonNode> refused = post(TestInfrastructure.token("HOUSING"),
				Surveys.community("", "1101", JINSONG, 1985));

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name",
				"districtCode");
	}

	@Test
	void streetOutsideTheDistrictIsRefused() {
		ResponseEntity<JsonNode> refused = post(TestInfrastructure.token("HOUSING"),
				Surveys.community("错区小区", "110108", JINSONG, 1985));

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("streetCode");
	}

	@Test
	void districtCannotRegisterInAnotherDistrict() {
		long before = communities();

		ResponseEntity<JsonNode> refused = post(TestInfrastructure.token("DISTRICT", "district", "110108"),
				Surveys.community("越界小区", CHAOYANG, JINSONG, 1985));

		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(refused.getBody().get("operation").asText()).isEqualTo("housing.community.register");
		assertThat(communities()).isEqualTo(before);
	}

	@Test
	void financeBureauHoldsNoDutyToRegisterCommunities() {
		ResponseEntity<JsonNode> refused = post(TestInfrastructure.token("FINANCE"),
				Surveys.community("某小区", CHAOYANG, JINSONG, 1985));

		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(refused.getBody().get("detail").asText()).contains("FINANCE", "housing.community.register");
	}

	@Test
	void callWithoutTokenIsUnauthorized() {
		ResponseEntity<JsonNode> refused = post(null,
				Surveys.community("某小区", CHAOYANG, JINSONG, 1985));

		assertThat(refused.getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void districtDoesNotSeeAnotherDistrictsCommunityEvenByItsId() {
		String id = post(TestInfrastructure.token("HOUSING"),
				Surveys.community("双井小区" + Surveys.unique(), CHAOYANG, JINSONG, 1990))
			.getBody()
			.get("id")
			.asText();

		ResponseEntity<JsonNode> haidian = get(TestInfrastructure.token("DISTRICT", "district", "110108"), id);
		ResponseEntity<JsonNode> chaoyang = get(TestInfrastructure.token("DISTRICT", "district", CHAOYANG), id);

		assertThat(haidian.getStatusCode().value()).isEqualTo(404);
		assertThat(chaoyang.getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void chaoyangDoesNotSeeAHaidianCommunityUnderThePolicy() {
		String haidian = post(TestInfrastructure.token("HOUSING"),
				Surveys.community("海淀小区" + Surveys.unique(), "110108", "110108001", 1985))
			.getBody()
			.get("id")
			.asText();

		assertThat(get(TestInfrastructure.token("DISTRICT", "district", CHAOYANG), haidian).getStatusCode().value())
			.isEqualTo(404);
	}

	@Test
	void unknownCommunityOverGrpcIsNotFound() {
		assertThatThrownBy(() -> communities(TestInfrastructure.token("PLANNING"))
			.getCommunity(GetCommunityRequest.newBuilder().setCommunityId(UUID.randomUUID().toString()).build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
	}

	@Test
	void malformedCommunityIdOverGrpcIsInvalidArgument() {
		assertThatThrownBy(() -> communities(TestInfrastructure.token("PLANNING"))
			.getCommunity(GetCommunityRequest.newBuilder().setCommunityId("not-a-uuid").build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class, ex -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
				assertThat(ex.getStatus().getDescription()).contains("community_id");
			});
	}

	@Test
	void grpcHoldsDepartmentSystemsToTheSameDutiesAndScope() {
		String id = post(TestInfrastructure.token("HOUSING"),
				Surveys.community("劲松西社区" + Surveys.unique(), CHAOYANG, JINSONG, 1982))
			.getBody()
			.get("id")
			.asText();
		GetCommunityRequest request = GetCommunityRequest.newBuilder().setCommunityId(id).build();

		assertThatThrownBy(() -> communities(TestInfrastructure.token("OPERATOR", "utility", "water")).getCommunity(request))
			.isInstanceOfSatisfying(StatusRuntimeException.class, ex -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
				assertThat(ex.getStatus().getDescription()).contains("housing.community.read", "OPERATOR");
			});
		assertThatThrownBy(() -> communities(TestInfrastructure.token("DISTRICT", "district", "110108")).getCommunity(request))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
		assertThat(communities(TestInfrastructure.token("DISTRICT", "district", CHAOYANG)).getCommunity(request)
			.getCommunity()
			.getName()).startsWith("劲松西社区");
	}

	@Test
	void grpcCallWithoutTokenIsUnauthenticated() {
		assertThatThrownBy(() -> CommunityServiceGrpc.newBlockingStub(grpc.channel())
			.getCommunity(GetCommunityRequest.newBuilder().setCommunityId(UUID.randomUUID().toString()).build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
	}

	private CommunityServiceGrpc.CommunityServiceBlockingStub communities(String token) {
		return CommunityServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(LocalGrpc.bearer(token));
	}

	private EventEnvelope awaitEvent(String communityId) {
		EventEnvelope[] found = new EventEnvelope[1];
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
				if (communityId.equals(record.key())) {
					found[0] = EventEnvelope.parseFrom(record.value());
				}
			}
			return found[0] != null;
		});
		return found[0];
	}

	private long communities() {
		return jdbc.sql("SELECT count(*) FROM community").query(Long.class).single();
	}

	private ResponseEntity<JsonNode> post(String token, Map<String, Object> body) {
		return http.post(token, body, "/api/housing/communities");
	}

	private ResponseEntity<JsonNode> get(String token, String id) {
		return http.get(token, "/api/housing/communities/{id}", id);
	}

}
