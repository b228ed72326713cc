package cn.bjrenovation.housing.construction;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.annualplan.StandInFinance;
import cn.bjrenovation.housing.project.ProjectFactsSeen;
import cn.bjrenovation.housing.v1.ConstructionCompleted;
import cn.bjrenovation.housing.v1.ProjectStatus;
import cn.bjrenovation.platform.content.Checksums;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import static cn.bjrenovation.housing.construction.ConstructionFixtures.CHAOYANG;
import static cn.bjrenovation.housing.construction.ConstructionFixtures.HAIDIAN;
import static cn.bjrenovation.housing.construction.ConstructionFixtures.JINSONG;
import static cn.bjrenovation.housing.construction.ConstructionFixtures.PROJECTS;
import static cn.bjrenovation.housing.construction.ConstructionFixtures.district;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 施工进度 (plan §四(三)): the district reports progress per wanted item (never lower than before), the report bringing
 * every item to 100 completes construction, photos come back byte for byte with their checksum, and each district's
 * monthly figures count the month's transitions.
 */
@ServiceTest
class ProgressTest {

	private static final String TONGZHOU = "110112";

	private static final String TONGZHOU_STREET = "110112001";

	private static ProjectFactsSeen facts;

	@Autowired
	LocalHttp http;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.kafka.consumer.group-id}")
	String consumerGroup;

	@Value("${local.server.port}")
	int port;

	@DynamicPropertySource
	static void pointHousingAtTheTestsFinance(DynamicPropertyRegistry registry) {
		StandInFinance.pointHousingAt(registry);
	}

	@BeforeAll
	static void subscribe() {
		facts = ProjectFactsSeen.subscribe();
	}

	@AfterAll
	static void close() {
		facts.close();
	}

	@Test
	void theDistrictReportsProgressAndTheReportCompletingEveryItemCompletesConstruction() throws Exception {
		String id = ConstructionFixtures.started(http, consumerGroup, CHAOYANG, JINSONG, 12_000, "WATER_SUPPLY",
				"SEISMIC_REINFORCEMENT");
		String chaoyang = district(CHAOYANG);

		ResponseEntity<JsonNode> first = report(chaoyang, id, Map.of("WATER_SUPPLY", 60, "SEISMIC_REINFORCEMENT", 100));
		assertThat(first.getStatusCode().value()).as("%s", first.getBody()).isEqualTo(201);
		assertThat(first.getBody().get("projectId").asText()).isEqualTo(id);
		assertThat(first.getBody().get("complete").asBoolean()).isFalse();
		assertThat(first.getBody().get("items").findValuesAsString("code")).containsExactlyInAnyOrder("WATER_SUPPLY",
				"SEISMIC_REINFORCEMENT");

		ResponseEntity<JsonNode> lower = report(chaoyang, id, Map.of("WATER_SUPPLY", 40));
		assertThat(lower.getStatusCode().value()).isEqualTo(400);
		assertThat(lower.getBody().get("errors").findValuesAsString("field")).containsExactly("items[0].percent");
		ResponseEntity<JsonNode> bad = http.post(chaoyang,
				Map.of("reportedOn", "yesterday", "items",
						List.of(Map.of("code", "GOLD_TAPS", "percent", 10), Map.of("code", "WATER_SUPPLY", "percent", 101))),
				PROJECTS + "/{id}/progress", id);
		assertThat(bad.getStatusCode().value()).isEqualTo(400);
		assertThat(bad.getBody().get("errors").findValuesAsString("field")).containsExactly("reportedOn",
				"items[1].percent");
		ResponseEntity<JsonNode> unknown = report(chaoyang, id, Map.of("ELEVATOR_ADDITION", 10));
		assertThat(unknown.getBody().get("errors").findValuesAsString("field")).containsExactly("items[0].code");
		assertThat(report(district(HAIDIAN), id, Map.of("WATER_SUPPLY", 100)).getStatusCode().value()).isEqualTo(404);
		assertThat(report(ConstructionFixtures.street(JINSONG), id, Map.of("WATER_SUPPLY", 100)).getStatusCode().value())
			.isEqualTo(403);
		assertThat(status(id)).isEqualTo("CONSTRUCTION_STARTED");

		ResponseEntity<JsonNode> last = report(chaoyang, id, Map.of("WATER_SUPPLY", 100));

		assertThat(last.getStatusCode().value()).as("%s", last.getBody()).isEqualTo(201);
		assertThat(last.getBody().get("complete").asBoolean()).isTrue();
		assertThat(status(id)).isEqualTo("CONSTRUCTION_COMPLETED");
		List<EventEnvelope> seen = facts.awaitFacts(id, 7);
		EventEnvelope completed = seen.get(seen.size() - 1);
		assertThat(completed.getType()).isEqualTo("ConstructionCompleted");
		assertThat(ConstructionCompleted.parseFrom(completed.getPayload()).getProject().getStatus())
			.isEqualTo(ProjectStatus.CONSTRUCTION_COMPLETED);
		assertThat(report(chaoyang, id, Map.of("WATER_SUPPLY", 100)).getStatusCode().value())
			.as("no progress after completion").isEqualTo(409);
	}

	@Test
	void photosAreCheckedByTheirContentStoredWithTheirChecksumAndServedBackByteForByte() {
		String id = ConstructionFixtures.started(http, consumerGroup, CHAOYANG, JINSONG, 12_000, "SEISMIC_REINFORCEMENT");
		String chaoyang = district(CHAOYANG);
		String reportId = report(chaoyang, id, Map.of("SEISMIC_REINFORCEMENT", 30)).getBody().get("id").asText();
		byte[] jpeg = new byte[2048];
		jpeg[0] = (byte) 0xff;
		jpeg[1] = (byte) 0xd8;
		jpeg[2] = (byte) 0xff;
		Arrays.fill(jpeg, 3, jpeg.length, (byte) 7);

		ResponseEntity<JsonNode> uploaded = upload(chaoyang, id, reportId, jpeg, "site.jpg");

		assertThat(uploaded.getStatusCode().value()).as("%s", uploaded.getBody()).isEqualTo(201);
		assertThat(uploaded.getBody().get("sha256").asText()).isEqualTo(Checksums.sha256(jpeg));
		assertThat(uploaded.getBody().get("size").asInt()).isEqualTo(2048);
		assertThat(uploaded.getBody().get("mediaType").asText()).isEqualTo("image/jpeg");
		String photoId = uploaded.getBody().get("id").asText();
		ResponseEntity<byte[]> read = rest().get()
			.uri("/api/housing/projects/{id}/progress/{r}/photos/{p}", id, reportId, photoId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestInfrastructure.token("HOUSING"))
			.retrieve()
			.toEntity(byte[].class);
		assertThat(read.getBody()).isEqualTo(jpeg);
		assertThat(read.getHeaders().getFirst(Checksums.HEADER)).isEqualTo(Checksums.sha256(jpeg));
		assertThat(read.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);

		ResponseEntity<JsonNode> text = upload(chaoyang, id, reportId, "not a photo".getBytes(), "photo.jpg");
		assertThat(text.getStatusCode().value()).isEqualTo(400);
		assertThat(text.getBody().get("errors").findValuesAsString("field")).containsExactly("file");
		byte[] huge = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(jpeg, 0, huge, 0, 3);
		assertThat(upload(chaoyang, id, reportId, huge, "huge.jpg").getStatusCode().value()).isEqualTo(413);
		assertThat(upload(district(HAIDIAN), id, reportId, jpeg, "site.jpg").getStatusCode().value()).isEqualTo(404);
		assertThat(upload(chaoyang, id, UUID.randomUUID().toString(), jpeg, "site.jpg").getStatusCode().value())
			.isEqualTo(404);
		assertThat(http.get(district(HAIDIAN), PROJECTS + "/{id}/progress/{r}/photos/{p}", id, reportId, photoId)
			.getStatusCode()
			.value()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT count(*) FROM progress_photo WHERE report_id = :r")
			.param("r", UUID.fromString(reportId))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void eachDistrictsMonthlyFiguresCountTheMonthsStartsCompletionsAndAcceptances() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String path = "/api/housing/progress/monthly?year=" + today.getYear() + "&month=" + today.getMonthValue();
		String first = ConstructionFixtures.started(http, consumerGroup, TONGZHOU, TONGZHOU_STREET, 15_000,
				"SEISMIC_REINFORCEMENT");
		ConstructionFixtures.started(http, consumerGroup, TONGZHOU, TONGZHOU_STREET, 9_000, "SEISMIC_REINFORCEMENT");
		assertThat(report(district(TONGZHOU), first, Map.of("SEISMIC_REINFORCEMENT", 100)).getStatusCode().value())
			.isEqualTo(201);

		ResponseEntity<JsonNode> city = http.get(TestInfrastructure.token("HOUSING"), path);

		assertThat(city.getStatusCode().value()).as("%s", city.getBody()).isEqualTo(200);
		assertThat(city.getBody().get("year").asInt()).isEqualTo(today.getYear());
		assertThat(city.getBody().get("month").asInt()).isEqualTo(today.getMonthValue());
		JsonNode tongzhou = figuresOf(city.getBody(), TONGZHOU);
		assertThat(tongzhou.get("started").asInt()).isEqualTo(2);
		assertThat(tongzhou.get("completed").asInt()).isEqualTo(1);
		assertThat(tongzhou.get("accepted").asInt()).isZero();
		assertThat(tongzhou.get("floorArea").decimalValue()).isEqualByComparingTo("24000");
		assertThat(tongzhou.get("households").asLong()).isGreaterThanOrEqualTo(0);
		assertThat(city.getBody().get("districts").findValuesAsString("districtCode")).contains(CHAOYANG, TONGZHOU);

		JsonNode own = http.get(district(TONGZHOU), path).getBody();
		assertThat(own.get("districts").findValuesAsString("districtCode")).containsExactly(TONGZHOU);
		assertThat(http.get(district(CHAOYANG), path).getBody().get("districts").findValuesAsString("districtCode"))
			.doesNotContain(TONGZHOU);
		assertThat(http.get(ConstructionFixtures.street(JINSONG), path).getStatusCode().value()).isEqualTo(403);
		assertThat(http.get(TestInfrastructure.token("HOUSING"), "/api/housing/progress/monthly?year=1900&month=13")
			.getBody()
			.get("errors")
			.findValuesAsString("field")).containsExactly("year", "month");
		ResponseEntity<JsonNode> none = http.get(TestInfrastructure.token("HOUSING"),
				"/api/housing/progress/monthly?year=2001&month=1");
		assertThat(none.getBody().get("districts")).isEmpty();
	}

	private static JsonNode figuresOf(JsonNode monthly, String code) {
		for (JsonNode district : monthly.get("districts")) {
			if (district.get("districtCode").asText().equals(code)) {
				return district;
			}
		}
		throw new AssertionError("no figures for district " + code + " in " + monthly);
	}

	private ResponseEntity<JsonNode> report(String token, String id, Map<String, Integer> percents) {
		return http.post(token, Map.of("reportedOn", "2026-12-10", "items",
				percents.entrySet().stream().map(e -> Map.of("code", e.getKey(), "percent", e.getValue())).toList(),
				"note", "按计划推进"), PROJECTS + "/{id}/progress", id);
	}

	private ResponseEntity<JsonNode> upload(String token, String id, String reportId, byte[] content, String name) {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		HttpHeaders partHeaders = new HttpHeaders();
		partHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		parts.add("file", new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		}, partHeaders));
		return rest().method(HttpMethod.POST)
			.uri("/api/housing/projects/{id}/progress/{r}/photos", id, reportId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.exchange((request, response) -> {
				byte[] body = response.getBody().readAllBytes();
				return ResponseEntity.status(response.getStatusCode())
					.body(body.length == 0 ? null : new tools.jackson.databind.ObjectMapper().readTree(body));
			});
	}

	private RestClient rest() {
		return RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
	}

	private String status(String id) {
		return jdbc.sql("SELECT status FROM renovation_project WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
	}

}
