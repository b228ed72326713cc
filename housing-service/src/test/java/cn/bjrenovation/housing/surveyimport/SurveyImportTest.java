package cn.bjrenovation.housing.surveyimport;

import java.time.Duration;

import cn.bjrenovation.housing.community.Surveys;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A district's survey file: bad rows reported by line and reason, good rows stored, nothing imported twice. */
@ServiceTest
class SurveyImportTest {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=utf-8");

	private static final String CHAOYANG = "110105";

	private static final String JINSONG = "110105017";

	private static final String DISTRICT = TestInfrastructure.token("DISTRICT", "district", CHAOYANG);

	@Autowired
	LocalHttp http;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyBadRowIsReportedWithItsLineAndGoodRowsAreStoredOnce() {
		String tag = "导入" + Surveys.unique();
		String file = String.join("\n", Surveys.COMMUNITY_HEADER,
				Surveys.communityRow(tag + "-好1", CHAOYANG, JINSONG, 1978),
				Surveys.communityRow(tag + "-新楼", CHAOYANG, JINSONG, 2003),
				Surveys.communityRow(tag + "-海淀", "110108", "110108001", 1985),
				Surveys.communityRow(tag + "-错街", CHAOYANG, "110108001", 1985),
				Surveys.communityRow(tag + "-好1", CHAOYANG, JINSONG, 1978),
				Surveys.communityRow(tag + "-好2", CHAOYANG, JINSONG, 1990).replace("准物业", "宫殿"),
				Surveys.communityRow(tag + "-坐标", CHAOYANG, JINSONG, 1990).replace("39.88", "31.2"),
				Surveys.communityRow(tag + "-负数", CHAOYANG, JINSONG, 1990).replace(",800,", ",-800,"),
				Surveys.communityRow(tag + "-年份", CHAOYANG, JINSONG, 1990).replace(",1990,", ",一九九〇,"),
				Surveys.communityRow(tag + "-好3", CHAOYANG, JINSONG, 1960),
				Surveys.communityRow("", CHAOYANG, JINSONG, 1960),
				Surveys.communityRow(tag + "-布尔", CHAOYANG, JINSONG, 1960).replace(",否,", ",也许,")) + "\n";

		JsonNode first = completed(submit("communities", file));
		JsonNode again = completed(submit("communities", file));

		assertThat(first.get("totalRows").asInt()).isEqualTo(12);
		assertThat(first.get("importedRows").asInt()).isEqualTo(2);
		assertThat(first.get("alreadyPresentRows").asInt()).as("line 6 repeats line 2 exactly").isEqualTo(1);
		assertThat(first.get("rejectedRows").asInt()).isEqualTo(9);
		assertThat(problem(first, 3, "buildYear")).contains("2003", "before 2000");
		assertThat(problem(first, 4, "districtCode")).contains("only its own");
		assertThat(problem(first, 5, "streetCode")).contains("110108001");
		assertThat(problem(first, 7, "managementStatus")).contains("宫殿");
		assertThat(problem(first, 8, "latitude")).contains("outside Beijing");
		assertThat(problem(first, 9, "households")).contains("negative");
		assertThat(problem(first, 10, "buildYear")).contains("not a whole number");
		assertThat(problem(first, 12, "name")).contains("must not be blank");
		assertThat(problem(first, 13, "historicDistrict")).contains("也许");
		assertThat(again.get("importedRows").asInt()).isZero();
		assertThat(again.get("alreadyPresentRows").asInt()).isEqualTo(3);
		assertThat(jdbc.sql("SELECT count(*) FROM community WHERE name LIKE :tag").param("tag", tag + "%")
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void progressIsReportedFromTheStartChunkByChunk() {
		String tag = "进度" + Surveys.unique();
		StringBuilder file = new StringBuilder(Surveys.COMMUNITY_HEADER).append('\n');
		for (int i = 0; i < 12_000; i++) {
			file.append(Surveys.communityRow(tag + "-" + i, CHAOYANG, JINSONG, 1980 + i % 20)).append('\n');
		}

		ResponseEntity<JsonNode> started = submit("communities", file.toString());
		JsonNode done = completed(started);

		assertThat(started.getBody().get("status").asText()).isEqualTo("RUNNING");
		assertThat(started.getBody().get("totalRows").asInt()).isEqualTo(12_000);
		assertThat(started.getBody().get("processedRows").asInt()).isZero();
		assertThat(done.get("processedRows").asInt()).isEqualTo(12_000);
		assertThat(done.get("importedRows").asInt()).isEqualTo(12_000);
		assertThat(jdbc.sql("SELECT count(*) FROM community WHERE import_id = CAST(:id AS uuid)")
			.param("id", done.get("id").asText())
			.query(Long.class)
			.single()).isEqualTo(12_000);
	}

	@Test
	void chineseHeadersAreAcceptedAndBuildingsMustFitTheirCommunity() {
		String tag = "中文表头" + Surveys.unique();
		String chinese = "小区名称,区代码,街道代码,地址,纬度,经度,建成年份,产权类型,管理现状,楼栋数,建筑面积,户数,居民人数,60岁以上占比,"
				+ "历史文化街区,业委会物管会,物业服务标准已约定,12345投诉量";
		completed(submit("communities", chinese + "\n" + Surveys.communityRow(tag, CHAOYANG, JINSONG, 1980) + "\n"));
		String buildings = String.join("\n", Surveys.BUILDING_HEADER,
				Surveys.buildingRow(JINSONG, tag, "1号楼", 20000),
				Surveys.buildingRow(JINSONG, tag, "2号楼", 40000),
				Surveys.buildingRow(JINSONG, tag + "不存在", "1号楼", 100),
				Surveys.buildingRow(JINSONG, tag, "1号楼", 20000)) + "\n";

		JsonNode report = completed(submit("buildings", buildings));

		assertThat(report.get("importedRows").asInt()).isEqualTo(1);
		assertThat(report.get("alreadyPresentRows").asInt()).isEqualTo(1);
		assertThat(problem(report, 3, "floorArea")).contains("60000", "50000");
		assertThat(problem(report, 4, "communityName")).contains("import the communities first");
	}

	@Test
	void aFileWithAnUnknownOrMissingColumnIsRefusedWholeAndNothingIsStarted() {
		ResponseEntity<JsonNode> refused = submit("communities", "name,districtCode,colour\n某小区,110105,红\n");

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").toString()).contains("unknown column 'colour'",
				"missing column 'streetCode'");
		assertThat(submit("communities", "").getStatusCode().value()).isEqualTo(400);
	}

	@Test
	void anotherDistrictCannotReadTheImport() {
		ResponseEntity<JsonNode> started = submit("communities", Surveys.COMMUNITY_HEADER + "\n"
				+ Surveys.communityRow("看不见" + Surveys.unique(), CHAOYANG, JINSONG, 1980) + "\n");
		String location = started.getHeaders().getLocation().toString();

		assertThat(http.get(TestInfrastructure.token("DISTRICT", "district", "110108"), location).getStatusCode().value())
			.isEqualTo(404);
		assertThat(http.get(TestInfrastructure.token("HOUSING"), location).getStatusCode().value()).isEqualTo(200);
	}

	private ResponseEntity<JsonNode> submit(String kind, String csv) {
		return http.post(DISTRICT, CSV, csv, "/api/housing/survey-imports/" + kind);
	}

	private JsonNode completed(ResponseEntity<JsonNode> started) {
		assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(202);
		String location = started.getHeaders().getLocation().toString();
		JsonNode[] report = new JsonNode[1];
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			report[0] = http.get(DISTRICT, location).getBody();
			return !"RUNNING".equals(report[0].get("status").asText());
		});
		assertThat(report[0].get("status").asText()).as(report[0].toString()).isEqualTo("COMPLETED");
		return report[0];
	}

	private static String problem(JsonNode report, int line, String field) {
		for (JsonNode problem : report.get("problems")) {
			if (problem.get("line").asInt() == line && problem.get("field").asText().equals(field)) {
				return problem.get("reason").asText();
			}
		}
		throw new AssertionError("no problem on line " + line + " for " + field + " in " + report.get("problems"));
	}

}
