package cn.bjrenovation.housing.community;

import java.util.List;
import java.util.Map;

import cn.bjrenovation.housing.v1.CommunityFilter;
import cn.bjrenovation.housing.v1.CommunityServiceGrpc;
import cn.bjrenovation.housing.v1.ListCommunitiesRequest;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.RawHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input and unusual callers of the community database (issue 10): residents' committee scope, renames onto a
 * taken name, text a spreadsheet would run as a formula or PostgreSQL refuses, history without internals.
 */
@ServiceTest
class CommunityInputTest {

	private static final String CHAOYANG = "110105";

	private static final String JINSONG = "110105017";

	/** 劲松北社区居委会 and 劲松东社区居委会, both on 劲松街道. */
	private static final String JINSONG_NORTH = "110105017036", JINSONG_EAST = "110105017037";

	private static final String HOUSING = TestInfrastructure.token("HOUSING");

	@Autowired
	LocalHttp http;

	@Autowired
	LocalGrpc grpc;

	@Value("${local.server.port}")
	int port;

	@Test
	void aResidentsCommitteeReadsTheCommunitiesOfItsCommittee() {
		String tag = "居委会" + Surveys.unique();
		String north = register(inCommittee(tag + "-北", JINSONG_NORTH));
		String east = register(inCommittee(tag + "-东", JINSONG_EAST));
		String none = register(Surveys.community(tag + "-无", CHAOYANG, JINSONG, 1985));
		String committee = TestInfrastructure.token("COMMUNITY_ORG", "community", JINSONG_NORTH);

		ResponseEntity<JsonNode> list = http.get(committee, "/api/housing/communities?q={q}", tag);
		ResponseEntity<JsonNode> map = http.get(committee, "/api/housing/map/communities?q={q}", tag);

		assertThat(list.getStatusCode().value()).as(String.valueOf(list.getBody())).isEqualTo(200);
		assertThat(list.getBody().get("items").findValuesAsString("name")).containsExactly(tag + "-北");
		assertThat(list.getBody().get("items").get(0).get("committeeCode").asText()).isEqualTo(JINSONG_NORTH);
		assertThat(map.getStatusCode().value()).as(String.valueOf(map.getBody())).isEqualTo(200);
		assertThat(map.getBody().get("features")).hasSize(1);
		assertThat(http.get(committee, "/api/housing/communities/{id}", north).getStatusCode().value()).isEqualTo(200);
		assertThat(http.get(committee, "/api/housing/communities/{id}/history", north).getStatusCode().value())
			.isEqualTo(200);
		assertThat(http.get(committee, "/api/housing/communities/{id}", east).getStatusCode().value()).isEqualTo(404);
		assertThat(http.get(committee, "/api/housing/communities/{id}", none).getStatusCode().value()).isEqualTo(404);
		assertThat(stub(committee)
			.listCommunities(ListCommunitiesRequest.newBuilder()
				.setFilter(CommunityFilter.newBuilder().setNameContains(tag))
				.build())
			.getCommunitiesList()).extracting(c -> c.getName()).containsExactly(tag + "-北");

		String byId = TestInfrastructure.token("COMMUNITY_ORG", "community", east);
		assertThat(http.get(byId, "/api/housing/communities?q={q}", tag).getBody().get("items")
			.findValuesAsString("name")).containsExactly(tag + "-东");
		assertThat(http.get(byId, "/api/housing/communities/{id}", east).getStatusCode().value()).isEqualTo(200);
		assertThat(http.get(byId, "/api/housing/communities/{id}", north).getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void anUnusableCommunityClaimIsRefusedNamingTheClaimNeverA500() {
		String id = register(inCommittee("坏声明" + Surveys.unique(), JINSONG_NORTH));
		String garbage = TestInfrastructure.token("COMMUNITY_ORG", "community", "劲松北");

		for (ResponseEntity<JsonNode> refused : List.of(http.get(garbage, "/api/housing/communities"),
				http.get(garbage, "/api/housing/map/communities"),
				http.get(garbage, "/api/housing/communities/{id}", id))) {
			assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(403);
			assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.isTrue();
			assertThat(refused.getBody().get("detail").asText()).contains("community", "劲松北");
		}
		assertThatThrownBy(() -> stub(garbage).listCommunities(ListCommunitiesRequest.getDefaultInstance()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
	}

	@Test
	void aCommitteeCodeIsOptionalAndMustLieOnTheCommunitysStreet() {
		Map<String, Object> elsewhere = inCommittee("别街居委会" + Surveys.unique(), "110108001001");
		Map<String, Object> malformed = inCommittee("坏居委会" + Surveys.unique(), "1101050170");
		Map<String, Object> unknown = inCommittee("无此居委会" + Surveys.unique(), "110105017999");

		for (Map<String, Object> body : List.of(elsewhere, malformed, unknown)) {
			ResponseEntity<JsonNode> refused = http.post(HOUSING, body, "/api/housing/communities");
			assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(400);
			assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsExactly("committeeCode");
		}
		String id = register(Surveys.community("无居委会" + Surveys.unique(), CHAOYANG, JINSONG, 1985));
		assertThat(http.get(HOUSING, "/api/housing/communities/{id}", id).getBody().get("committeeCode").isNull())
			.isTrue();
		Map<String, Object> corrected = inCommittee("补居委会" + Surveys.unique(), JINSONG_EAST);
		corrected.put("version", 1);
		ResponseEntity<JsonNode> updated = http.put(HOUSING, corrected, "/api/housing/communities/{id}", id);
		assertThat(updated.getStatusCode().value()).as(String.valueOf(updated.getBody())).isEqualTo(200);
		assertThat(updated.getBody().get("committeeCode").asText()).isEqualTo(JINSONG_EAST);
	}

	@Test
	void renamingOntoANameTheStreetHasIsAConflictNamingTheName() {
		String taken = "重名更正" + Surveys.unique();
		register(Surveys.community(taken, CHAOYANG, JINSONG, 1985));
		String id = register(Surveys.community("原名" + Surveys.unique(), CHAOYANG, JINSONG, 1985));
		Map<String, Object> rename = Surveys.community(taken, CHAOYANG, JINSONG, 1985);
		rename.put("version", 1);

		ResponseEntity<JsonNode> clash = http.put(HOUSING, rename, "/api/housing/communities/{id}", id);

		assertThat(clash.getStatusCode().value()).as(String.valueOf(clash.getBody())).isEqualTo(409);
		assertThat(clash.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(clash.getBody().get("detail").asText()).contains("name", taken, JINSONG);
	}

	@Test
	void formulasAndControlCharactersAreRefusedInEveryFreeTextFieldNamingEach() {
		Map<String, Object> body = Surveys.community("=HYPERLINK(\"http://x\")", CHAOYANG, JINSONG, 1985);
		body.put("address", "+86 劲松路1号");

		ResponseEntity<JsonNode> refused = http.post(HOUSING, body, "/api/housing/communities");

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		// the platform refuses the body at its first NUL, while reading it: nothing of it reaches the database
		assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsAnyOf("name", "address");
		assertThat(refused.getBody().get("errors").toString()).contains("formula");

		for (String bad : List.of("-1+1", "@SUM(A1)", "劲松\u0007小区", "劲松\u007f小区", "劲松\n小区")) {
			ResponseEntity<JsonNode> one = http.post(HOUSING, Surveys.community(bad, CHAOYANG, JINSONG, 1985),
					"/api/housing/communities");
			assertThat(one.getStatusCode().value()).as(bad).isEqualTo(400);
			assertThat(one.getBody().get("errors").findValuesAsString("field")).as(bad).containsExactly("name");
		}

		String id = register(Surveys.community("自由文本" + Surveys.unique(), CHAOYANG, JINSONG, 1985));
		ResponseEntity<JsonNode> building = http.post(HOUSING, Surveys.building("=1+1", 100, 1),
				"/api/housing/communities/{id}/buildings", id);
		ResponseEntity<JsonNode> reason = http.post(HOUSING, Map.of("reason", "@拆除", "version", 1),
				"/api/housing/communities/{id}/retirement", id);
		assertThat(building.getStatusCode().value()).isEqualTo(400);
		assertThat(building.getBody().get("errors").findValuesAsString("field")).containsExactly("number");
		assertThat(reason.getStatusCode().value()).isEqualTo(400);
		assertThat(reason.getBody().get("errors").findValuesAsString("field")).containsExactly("reason");
	}

	@Test
	void aWronglyTypedFilterSaysWhatItMustBeNeverAJavaType() {
		ResponseEntity<JsonNode> refused = http.get(HOUSING, "/api/housing/communities?builtFrom={from}&coreArea={core}",
				"-1e309", "perhaps");

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").toString()).contains("builtFrom", "must be a whole number",
				"coreArea", "must be true or false")
			.doesNotContain("java.", "Failed to convert");
	}

	@Test
	void aNulCharacterInAJsonFieldIsRefusedNamingTheFieldNeverA500() {
		Map<String, Object> body = Surveys.community("劲松\u0000小区" + Surveys.unique(), CHAOYANG, JINSONG, 1985);
		body.put("address", "劲松路\u00001号");

		ResponseEntity<JsonNode> refused = http.post(HOUSING, body, "/api/housing/communities");

		assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(400);
		// the platform refuses the body at its first NUL, while reading it: nothing of it reaches the database
		assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsAnyOf("name", "address");
		assertThat(refused.getBody().get("errors").toString()).contains("U+0000");

		String id = register(Surveys.community("零字符" + Surveys.unique(), CHAOYANG, JINSONG, 1985));
		Map<String, Object> correction = Surveys.community("零字符\u0000" + Surveys.unique(), CHAOYANG, JINSONG, 1985);
		correction.put("version", 1);
		ResponseEntity<JsonNode> corrected = http.put(HOUSING, correction, "/api/housing/communities/{id}", id);
		ResponseEntity<JsonNode> building = http.post(HOUSING, Surveys.building("1号\u0000楼", 100, 1),
				"/api/housing/communities/{id}/buildings", id);
		ResponseEntity<JsonNode> retired = http.post(HOUSING, Map.of("reason", "拆\u0000除", "version", 1),
				"/api/housing/communities/{id}/retirement", id);
		ResponseEntity<JsonNode> searched = stubStatus(HOUSING, "劲松\u0000");

		assertThat(corrected.getStatusCode().value()).isEqualTo(400);
		assertThat(corrected.getBody().get("errors").findValuesAsString("field")).containsExactly("name");
		assertThat(building.getStatusCode().value()).isEqualTo(400);
		assertThat(building.getBody().get("errors").findValuesAsString("field")).containsExactly("number");
		assertThat(retired.getStatusCode().value()).isEqualTo(400);
		assertThat(retired.getBody().get("errors").findValuesAsString("field")).containsExactly("reason");
		assertThat(searched).isNull();
	}

	@Test
	void historyIsWhatAnOfficialReadsWithoutDatabaseInternals() {
		String id = register(inCommittee("历史小区" + Surveys.unique(), JINSONG_NORTH));
		Map<String, Object> corrected = inCommittee("历史小区-更正" + Surveys.unique(), JINSONG_NORTH);
		corrected.put("buildYear", 1984);
		corrected.put("version", 1);
		http.put(HOUSING, corrected, "/api/housing/communities/{id}", id);
		String building = http.post(HOUSING, Surveys.building("1号楼", 100, 1),
				"/api/housing/communities/{id}/buildings", id).getBody().get("id").asText();
		http.post(HOUSING, Map.of("reason", "拆除", "version", 1),
				"/api/housing/communities/{id}/buildings/{b}/retirement", id, building);

		JsonNode history = http.get(HOUSING, "/api/housing/communities/{id}/history", id).getBody();
		JsonNode buildingHistory = http
			.get(HOUSING, "/api/housing/communities/{id}/buildings/{b}/history", id, building)
			.getBody();

		assertThat(history.findValuesAsString("change")).containsExactly("REGISTERED", "UPDATED");
		assertThat(history.get(1).get("version").asLong()).isEqualTo(2);
		assertThat(history.get(1).get("actor").asText()).isEqualTo("dev-housing");
		assertThat(history.get(1).get("at").asText()).isNotBlank();
		assertThat(history.get(1).get("changedFields").valueStream().map(JsonNode::asText).toList())
			.containsExactlyInAnyOrder("name", "buildYear");
		assertThat(history.get(0).get("facts").get("buildYear").asInt()).isEqualTo(1985);
		assertThat(history.get(0).get("facts").get("committeeCode").asText()).isEqualTo(JINSONG_NORTH);
		assertThat(buildingHistory.findValuesAsString("change")).containsExactly("REGISTERED", "RETIRED");
		assertThat(buildingHistory.get(1).get("facts").get("retiredReason").asText()).isEqualTo("拆除");
		assertThat(buildingHistory.get(1).get("changedFields").valueStream().map(JsonNode::asText).toList())
			.containsExactly("retiredAt", "retiredReason");
		for (JsonNode entry : List.of(history.get(0), history.get(1), buildingHistory.get(0), buildingHistory.get(1))) {
			assertThat(entry.propertyNames()).containsExactlyInAnyOrder("version", "change", "at", "actor",
					"changedFields", "facts");
			assertThat(entry.get("facts").propertyNames()).doesNotContain("id", "communityId", "importId")
				.allMatch(name -> !name.contains("_"), "camelCase");
			assertThat(entry.toString()).doesNotContain(id, building);
		}
	}

	@Test
	void aRegistrationWithoutDistrictCodeIsRefusedNamingTheFieldBeforeAskingThePolicy() {
		Map<String, Object> body = Surveys.community("无区小区" + Surveys.unique(), CHAOYANG, JINSONG, 1985);
		body.remove("districtCode");

		for (String token : List.of(TestInfrastructure.token("DISTRICT", "district", CHAOYANG),
				TestInfrastructure.token("SASAC"), HOUSING)) {
			ResponseEntity<JsonNode> refused = http.post(token, body, "/api/housing/communities");
			assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(400);
			assertThat(refused.getBody().get("errors").findValuesAsString("field")).contains("districtCode");
		}
	}

	@Test
	void nulInsideAFilterOrAPageTokenOfHousingsOwnIsRefusedNeverA500() {
		String forged = java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString("name+\u001f劲松\u0000\u001f00000000-0000-0000-0000-000000000000"
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));

		ResponseEntity<JsonNode> page = http.get(HOUSING, "/api/housing/communities?sort=name&pageToken={t}", forged);
		assertThat(page.getStatusCode().value()).as(String.valueOf(page.getBody())).isEqualTo(400);
		assertThat(page.getBody().get("errors").findValuesAsString("field")).containsExactly("pageToken");
		for (CommunityFilter filter : List.of(CommunityFilter.newBuilder().setDistrictCode("11010\u0000").build(),
				CommunityFilter.newBuilder().setStreetCode("11010501\u0000").build())) {
			assertThatThrownBy(() -> stub(HOUSING)
				.listCommunities(ListCommunitiesRequest.newBuilder().setFilter(filter).build()))
				.isInstanceOfSatisfying(StatusRuntimeException.class,
						ex -> assertThat(ex.getStatus().getCode()).as(ex.toString())
							.isEqualTo(Status.Code.INVALID_ARGUMENT));
		}
	}

	/**
	 * Found by the REST fuzz: a form body whose parameter name holds a NUL was refused by Spring Security's firewall
	 * only when the parameters were read, and answered 500.
	 */
	@Test
	void aFormBodyWhoseParameterNameHoldsANulIsRefusedNeverA500() {
		String id = register(Surveys.community("表单" + Surveys.unique(), CHAOYANG, JINSONG, 1985));

		var answer = RawHttp.on(port).send("POST", "/api/housing/communities/" + id + "/buildings", HOUSING,
				"{\"number\":\"3号楼\u0000\"}", "Content-Type", "application/x-www-form-urlencoded");

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(answer.body()).contains("\"field\":\"parameters\"").doesNotContain("3号楼", "Exception");
	}

	/** Found by the REST fuzz: a form body that is not UTF-8 failed Tomcat's decoding when read, and answered 500. */
	@Test
	void aFormBodyThatIsNotUtf8IsRefusedNeverA500() {
		String id = register(Surveys.community("表单编码" + Surveys.unique(), CHAOYANG, JINSONG, 1985));

		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes("{'number':'3号楼','".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.write(0xC3);
		body.writeBytes("(floors':'\uFEFF'}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

		var answer = RawHttp.on(port).sendBytes("POST", "/api/housing/communities/" + id + "/buildings", HOUSING,
				body.toByteArray(), "Content-Type", "application/x-www-form-urlencoded");

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat(answer.body()).contains("\"field\":\"parameters\"").doesNotContain("Exception");
	}

	/** A gRPC list searching for {@code q}: null when refused as INVALID_ARGUMENT. */
	private ResponseEntity<JsonNode> stubStatus(String token, String q) {
		try {
			stub(token).listCommunities(ListCommunitiesRequest.newBuilder()
				.setFilter(CommunityFilter.newBuilder().setNameContains(q))
				.build());
			throw new AssertionError("a NUL in name_contains was answered");
		}
		catch (StatusRuntimeException ex) {
			assertThat(ex.getStatus().getCode()).as(ex.toString()).isEqualTo(Status.Code.INVALID_ARGUMENT);
			return null;
		}
	}

	private static Map<String, Object> inCommittee(String name, String committeeCode) {
		Map<String, Object> body = Surveys.community(name, CHAOYANG, JINSONG, 1985);
		body.put("committeeCode", committeeCode);
		return body;
	}

	private String register(Map<String, Object> body) {
		ResponseEntity<JsonNode> created = http.post(HOUSING, body, "/api/housing/communities");
		assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
		return created.getBody().get("id").asText();
	}

	private CommunityServiceGrpc.CommunityServiceBlockingStub stub(String token) {
		return CommunityServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(LocalGrpc.bearer(token));
	}

}
