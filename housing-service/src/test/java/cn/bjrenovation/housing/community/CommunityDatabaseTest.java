package cn.bjrenovation.housing.community;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.bjrenovation.housing.v1.CommunityFilter;
import cn.bjrenovation.housing.v1.CommunityServiceGrpc;
import cn.bjrenovation.housing.v1.GetDistrictSummaryRequest;
import cn.bjrenovation.housing.v1.ListCommunitiesRequest;
import cn.bjrenovation.housing.v1.ListCommunitiesResponse;
import cn.bjrenovation.housing.v1.StreamCommunitiesRequest;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The community database: every surveyed field, corrections with history, retirement, queries and scope. */
@ServiceTest
class CommunityDatabaseTest {

	private static final AtomicInteger STREETS = new AtomicInteger(900);

	private static final String CHAOYANG = "110105";

	private static final String JINSONG = "110105017";

	private static final String HAIDIAN = "110108";

	private static final String HOUSING = TestInfrastructure.token("HOUSING");

	@Autowired
	LocalHttp http;

	@Autowired
	LocalGrpc grpc;

	@Test
	void everyBrokenRuleOfARegistrationIsNamedAtOnce() {
		Map<String, Object> body = Surveys.community("坏数据" + Surveys.unique(), CHAOYANG, JINSONG, 1985);
		body.put("latitude", 31.23);
		body.put("households", -5);
		body.put("floorArea", -1);
		body.put("propertyRights", "PALACE");
		body.put("aged60PlusPercent", 140);

		ResponseEntity<JsonNode> refused = http.post(HOUSING, body, "/api/housing/communities");

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("latitude",
				"households", "floorArea", "propertyRights", "aged60PlusPercent");
		assertThat(refused.getBody().get("errors").toString()).contains("outside Beijing", "MUNICIPAL (市属)");
	}

	@Test
	void sameNameOnTheSameStreetIsAConflict() {
		Map<String, Object> body = Surveys.community("重名小区" + Surveys.unique(), CHAOYANG, JINSONG, 1985);
		assertThat(http.post(HOUSING, body, "/api/housing/communities").getStatusCode().value()).isEqualTo(201);

		ResponseEntity<JsonNode> again = http.post(HOUSING, body, "/api/housing/communities");

		assertThat(again.getStatusCode().value()).isEqualTo(409);
		assertThat(again.getBody().get("detail").asText()).contains("already has a community named");
	}

	@Test
	void correctionNeedsTheVersionLastReadAndLeavesHistory() {
		String id = register(Surveys.community("更正小区" + Surveys.unique(), CHAOYANG, JINSONG, 1985));
		Map<String, Object> corrected = Surveys.community("更正小区-已更正" + Surveys.unique(), CHAOYANG, JINSONG, 1984);
		corrected.put("version", 1);

		ResponseEntity<JsonNode> updated = http.put(HOUSING, corrected, "/api/housing/communities/{id}", id);
		ResponseEntity<JsonNode> stale = http.put(HOUSING, corrected, "/api/housing/communities/{id}", id);

		assertThat(updated.getStatusCode().value()).isEqualTo(200);
		assertThat(updated.getBody().get("version").asLong()).isEqualTo(2);
		assertThat(updated.getBody().get("buildYear").asInt()).isEqualTo(1984);
		assertThat(stale.getStatusCode().value()).isEqualTo(409);
		JsonNode history = http.get(HOUSING, "/api/housing/communities/{id}/history", id).getBody();
		assertThat(history.findValuesAsString("change")).containsExactly("REGISTERED", "UPDATED");
		assertThat(history.get(1).get("actor").asText()).isEqualTo("dev-housing");
		assertThat(history.get(0).get("facts").get("buildYear").asInt()).isEqualTo(1985);
	}

	@Test
	void aCommunityDoesNotMoveAndItsFiguresMustCoverItsBuildings() {
		Map<String, Object> body = Surveys.community("楼栋小区" + Surveys.unique(), CHAOYANG, JINSONG, 1985);
		body.put("buildingCount", 2);
		body.put("floorArea", 1000);
		String id = register(body);
		assertThat(http.post(HOUSING, Surveys.building("1号楼", 600, 10), "/api/housing/communities/{id}/buildings", id)
			.getStatusCode()
			.value()).isEqualTo(201);

		ResponseEntity<JsonNode> tooBig = http.post(HOUSING, Surveys.building("2号楼", 600, 10),
				"/api/housing/communities/{id}/buildings", id);
		body.put("floorArea", 500);
		body.put("streetCode", "110105018");
		body.put("version", 1);
		ResponseEntity<JsonNode> shrunkAndMoved = http.put(HOUSING, body, "/api/housing/communities/{id}", id);

		assertThat(tooBig.getStatusCode().value()).isEqualTo(400);
		assertThat(tooBig.getBody().get("errors").get(0).get("field").asText()).isEqualTo("floorArea");
		assertThat(tooBig.getBody().get("errors").get(0).get("reason").asText()).contains("1200", "1000");
		assertThat(shrunkAndMoved.getStatusCode().value()).isEqualTo(400);
		assertThat(shrunkAndMoved.getBody().get("errors").findValuesAsString("field")).contains("streetCode");
		assertThat(http.get(HOUSING, "/api/housing/communities/{id}/buildings", id).getBody()).hasSize(1);
	}

	@Test
	void buildingsAreCorrectedWithinTheCommunitysFiguresAndRetiredWithHistory() {
		Map<String, Object> body = Surveys.community("楼栋更正" + Surveys.unique(), CHAOYANG, JINSONG, 1985);
		body.put("buildingCount", 2);
		body.put("floorArea", 1000);
		String id = register(body);
		String first = http.post(HOUSING, Surveys.building("1号楼", 600, 10), "/api/housing/communities/{id}/buildings", id)
			.getBody().get("id").asText();
		http.post(HOUSING, Surveys.building("2号楼", 400, 10), "/api/housing/communities/{id}/buildings", id);
		Map<String, Object> corrected = Surveys.building("1号楼", 500, 10);
		corrected.put("version", 1);
		Map<String, Object> tooBig = Surveys.building("1号楼", 700, 10);
		tooBig.put("version", 2);
		String building = "/api/housing/communities/{id}/buildings/{building}";

		ResponseEntity<JsonNode> ok = http.put(HOUSING, corrected, building, id, first);
		ResponseEntity<JsonNode> stale = http.put(HOUSING, corrected, building, id, first);
		ResponseEntity<JsonNode> over = http.put(HOUSING, tooBig, building, id, first);
		ResponseEntity<JsonNode> elsewhere = http.put(TestInfrastructure.token("DISTRICT", "district", HAIDIAN), tooBig,
				building, id, first);
		ResponseEntity<JsonNode> retired = http.post(HOUSING, Map.of("reason", "拆除", "version", 2),
				building + "/retirement", id, first);
		ResponseEntity<JsonNode> third = http.post(HOUSING, Surveys.building("3号楼", 500, 10),
				"/api/housing/communities/{id}/buildings", id);

		assertThat(ok.getStatusCode().value()).isEqualTo(200);
		assertThat(ok.getBody().get("floorArea").asInt()).isEqualTo(500);
		assertThat(stale.getStatusCode().value()).isEqualTo(409);
		assertThat(over.getStatusCode().value()).isEqualTo(400);
		assertThat(over.getBody().get("errors").get(0).get("field").asText()).isEqualTo("floorArea");
		assertThat(elsewhere.getStatusCode().value()).isEqualTo(404);
		assertThat(retired.getBody().get("retired").asBoolean()).isTrue();
		assertThat(third.getStatusCode().value()).as("the retired building no longer counts").isEqualTo(201);
		JsonNode history = http.get(HOUSING, building + "/history", id, first).getBody();
		assertThat(history.findValuesAsString("change")).containsExactly("REGISTERED", "UPDATED", "RETIRED");
		assertThat(history.get(0).get("facts").get("floorArea").asInt()).isEqualTo(600);
	}

	@Test
	void retiredCommunityStaysReadableButLeavesListsAndCannotRetireTwice() {
		String name = "退出小区" + Surveys.unique();
		String id = register(Surveys.community(name, CHAOYANG, JINSONG, 1985));

		ResponseEntity<JsonNode> retired = http.post(HOUSING, Map.of("reason", "整体拆除", "version", 1),
				"/api/housing/communities/{id}/retirement", id);
		ResponseEntity<JsonNode> again = http.post(HOUSING, Map.of("reason", "整体拆除", "version", 2),
				"/api/housing/communities/{id}/retirement", id);

		assertThat(retired.getStatusCode().value()).isEqualTo(200);
		assertThat(retired.getBody().get("retired").asBoolean()).isTrue();
		assertThat(again.getStatusCode().value()).isEqualTo(409);
		Map<String, Object> correction = Surveys.community(name, CHAOYANG, JINSONG, 1984);
		correction.put("version", 2);
		assertThat(http.put(HOUSING, correction, "/api/housing/communities/{id}", id).getStatusCode().value())
			.as("a retired community is kept as it was").isEqualTo(409);
		assertThat(http.get(HOUSING, "/api/housing/communities/{id}", id).getBody().get("retired").asBoolean()).isTrue();
		assertThat(names(http.get(HOUSING, "/api/housing/communities?q={q}", name).getBody())).isEmpty();
		assertThat(names(http.get(HOUSING, "/api/housing/communities?q={q}&includeRetired=true", name).getBody()))
			.containsExactly(name);
	}

	@Test
	void listsFilterSortAndPageWithoutOverlapOrGap() {
		String street = uniqueStreet(CHAOYANG);
		String tag = "分页" + Surveys.unique();
		for (int year = 1980; year < 1987; year++) {
			Map<String, Object> body = Surveys.community(tag + "-" + year, CHAOYANG, JINSONG, year);
			body.put("hotlineComplaints", year - 1980);
			register(body);
		}
		assertThat(street).isNotNull();

		List<String> seen = new ArrayList<>();
		String token = null;
		do {
			JsonNode page = http.get(HOUSING, "/api/housing/communities?q={q}&sort=-buildYear&pageSize=3"
					+ (token == null ? "" : "&pageToken=" + token), tag).getBody();
			seen.addAll(names(page));
			token = page.get("nextPageToken").isNull() ? null : page.get("nextPageToken").asText();
		}
		while (token != null);
		JsonNode filtered = http
			.get(HOUSING, "/api/housing/communities?q={q}&builtFrom=1982&builtTo=1985&minHotlineComplaints=3", tag)
			.getBody();

		assertThat(seen).hasSize(7).doesNotHaveDuplicates().first().asString().endsWith("1986");
		assertThat(seen).last().asString().endsWith("1980");
		assertThat(names(filtered)).containsExactlyInAnyOrder(tag + "-1983", tag + "-1984", tag + "-1985");
		assertThat(http.get(HOUSING, "/api/housing/communities?sort=height").getStatusCode().value()).isEqualTo(400);
		assertThat(http.get(HOUSING, "/api/housing/communities?pageSize=501").getStatusCode().value()).isEqualTo(400);
	}

	@Test
	void scopedCallersListOnlyTheirOwnScopeAndCannotAskForAnother() {
		String tag = "范围" + Surveys.unique();
		register(Surveys.community(tag + "-朝阳", CHAOYANG, JINSONG, 1985));
		Map<String, Object> haidian = Surveys.community(tag + "-海淀", HAIDIAN, "110108001", 1985);
		haidian.put("latitude", 39.91);
		haidian.put("longitude", 116.28);
		register(haidian);
		String chaoyang = TestInfrastructure.token("DISTRICT", "district", CHAOYANG);

		assertThat(names(http.get(chaoyang, "/api/housing/communities?q={q}", tag).getBody()))
			.containsExactly(tag + "-朝阳");
		assertThat(names(http.get(TestInfrastructure.token("STREET", "street", "110108001"),
				"/api/housing/communities?q={q}", tag).getBody())).containsExactly(tag + "-海淀");
		assertThat(http.get(chaoyang, "/api/housing/communities?districtCode=110108").getStatusCode().value())
			.isEqualTo(403);
		assertThat(http.get(chaoyang, "/api/housing/communities?streetCode=110108001").getStatusCode().value())
			.isEqualTo(403);
		assertThat(http.get(TestInfrastructure.token("STREET", "street", "110108001"),
				"/api/housing/communities?districtCode=110105").getStatusCode().value()).isEqualTo(403);
		JsonNode map = http.get(chaoyang, "/api/housing/map/communities?q={q}", tag).getBody();
		assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
		assertThat(map.get("features")).hasSize(1);
		assertThat(map.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(116.462);
	}

	@Test
	void districtSummaryAddsUpTheDistrictAndIsScoped() {
		Map<String, Object> body = Surveys.community("汇总小区" + Surveys.unique(), "110119", "110119001", 1975);
		body.put("latitude", 40.46);
		body.put("longitude", 115.97);
		JsonNode before = http.get(HOUSING, "/api/housing/districts/110119/summary").getBody();
		register(body);

		JsonNode after = http.get(HOUSING, "/api/housing/districts/110119/summary").getBody();

		assertThat(after.get("communities").asLong()).isEqualTo(before.get("communities").asLong() + 1);
		assertThat(after.get("households").asLong()).isEqualTo(before.get("households").asLong() + 3100);
		assertThat(http.get(TestInfrastructure.token("DISTRICT", "district", CHAOYANG),
				"/api/housing/districts/110119/summary").getStatusCode().value()).isEqualTo(403);
		assertThat(http.get(HOUSING, "/api/housing/districts/999999/summary").getStatusCode().value()).isEqualTo(400);
		var overGrpc = stub(HOUSING).getDistrictSummary(GetDistrictSummaryRequest.newBuilder()
			.setDistrictCode("110119").build());
		assertThat(overGrpc.getCommunities()).isEqualTo(after.get("communities").asLong());
	}

	@Test
	void departmentSystemsListAndStreamOverGrpcWithTheSameFiltersAndScope() {
		String tag = "流式" + Surveys.unique();
		for (int i = 0; i < 5; i++) {
			register(Surveys.community(tag + "-" + i, CHAOYANG, JINSONG, 1980 + i));
		}
		CommunityFilter filter = CommunityFilter.newBuilder().setNameContains(tag).build();

		ListCommunitiesResponse first = stub(HOUSING)
			.listCommunities(ListCommunitiesRequest.newBuilder().setFilter(filter).setPageSize(2).build());
		ListCommunitiesResponse second = stub(HOUSING).listCommunities(ListCommunitiesRequest.newBuilder()
			.setFilter(filter).setPageSize(2).setPageToken(first.getNextPageToken()).build());
		List<String> streamed = new ArrayList<>();
		Iterator<cn.bjrenovation.housing.v1.Community> stream = stub(HOUSING)
			.streamCommunities(StreamCommunitiesRequest.newBuilder().setFilter(filter).build());
		stream.forEachRemaining(community -> streamed.add(community.getName()));
		Iterator<cn.bjrenovation.housing.v1.Community> elsewhere = stub(
				TestInfrastructure.token("DISTRICT", "district", HAIDIAN))
			.streamCommunities(StreamCommunitiesRequest.newBuilder().setFilter(filter).build());

		assertThat(first.getCommunitiesList()).extracting(c -> c.getName()).containsExactly(tag + "-0", tag + "-1");
		assertThat(second.getCommunitiesList()).extracting(c -> c.getName()).containsExactly(tag + "-2", tag + "-3");
		assertThat(streamed).hasSize(5);
		assertThat(elsewhere.hasNext()).isFalse();
		assertThatThrownBy(() -> stub(HOUSING).listCommunities(
				ListCommunitiesRequest.newBuilder().setFilter(filter).setPageSize(9999).build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
	}

	private String register(Map<String, Object> body) {
		ResponseEntity<JsonNode> created = http.post(HOUSING, body, "/api/housing/communities");
		assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
		return created.getBody().get("id").asText();
	}

	private static List<String> names(JsonNode page) {
		return page.get("items").findValuesAsString("name");
	}

	private CommunityServiceGrpc.CommunityServiceBlockingStub stub(String token) {
		return CommunityServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(LocalGrpc.bearer(token));
	}

	/** A street code of the district no other test of this JVM uses: the district code and a running number. */
	private static String uniqueStreet(String districtCode) {
		return districtCode + String.format("%03d", STREETS.getAndIncrement());
	}

}
