package cn.bjrenovation.housing.surveyimport;

import cn.bjrenovation.housing.community.Surveys;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static cn.bjrenovation.housing.surveyimport.SurveyUploads.CHAOYANG;
import static cn.bjrenovation.housing.surveyimport.SurveyUploads.JINSONG;
import static cn.bjrenovation.housing.surveyimport.SurveyUploads.assertAccountsForEveryRow;
import static cn.bjrenovation.housing.surveyimport.SurveyUploads.fields;
import static cn.bjrenovation.housing.surveyimport.SurveyUploads.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a spreadsheet produces, a bad row is that row's problem, named by line, field and reason: control
 * characters, rows with too few or too many fields, an unterminated quote, text a spreadsheet would run as a
 * formula. The other rows import.
 */
@ServiceTest
class SurveyFileRowsTest {

	@Autowired
	LocalHttp http;

	@Autowired
	JdbcClient jdbc;

	SurveyUploads uploads;

	@Autowired
	void uploads(LocalHttp http) {
		this.uploads = new SurveyUploads(http);
	}

	@Test
	void aControlCharacterIsThatRowsProblemAndTheRestOfItsChunkImports() {
		String tag = "控制符" + Surveys.unique();
		String file = String.join("\n", Surveys.COMMUNITY_HEADER,
				Surveys.communityRow(tag + "-好1", CHAOYANG, JINSONG, 1978),
				Surveys.communityRow(tag + "-空字符", CHAOYANG, JINSONG, 1978).replace("路1号", "路\u00001号"),
				Surveys.communityRow(tag + "-响铃", CHAOYANG, JINSONG, 1978).replace(",50000,", ",500\u000700,"),
				Surveys.communityRow(tag + "-回车", CHAOYANG, JINSONG, 1978).replace(",800,", ",8\r00,"),
				Surveys.communityRow(tag + "-好2", CHAOYANG, JINSONG, 1978)) + "\r\n";

		JsonNode report = uploads.completed(uploads.submit("communities", file));

		assertThat(report.get("failure").isNull()).as(report.toString()).isTrue();
		assertThat(report.get("importedRows").asInt()).isEqualTo(2);
		assertThat(problem(report, 3, "address")).isEqualTo("contains a control character U+0000");
		assertThat(fields(report, "problems", 3)).containsExactly("address");
		assertThat(problem(report, 4, "floorArea")).isEqualTo("contains a control character U+0007");
		// a CR alone ends a line (Excel for Mac writes them so): the row it cuts in two is two short rows, each named
		assertThat(problem(report, 5, "row")).isEqualTo("has 12 fields, the header has 18");
		assertThat(problem(report, 6, "row")).isEqualTo("has 7 fields, the header has 18");
		assertAccountsForEveryRow(report, 6);
		assertThat(named(tag)).isEqualTo(2);
	}

	@Test
	void aChunkTheDatabaseRefusesFailsWithAPlainSentenceAndEveryRowAccountedFor() {
		String tag = "写入失败" + Surveys.unique();
		String function = "refuse_" + Surveys.unique().substring(1);
		jdbc.sql("CREATE FUNCTION " + function + "() RETURNS trigger AS $$ BEGIN IF NEW.name LIKE '" + tag
				+ "%' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql").update();
		jdbc.sql("CREATE TRIGGER " + function + " BEFORE INSERT ON community FOR EACH ROW EXECUTE FUNCTION " + function
				+ "()").update();
		try {
			String file = String.join("\n", Surveys.COMMUNITY_HEADER,
					Surveys.communityRow(tag + "-1", CHAOYANG, JINSONG, 1978),
					Surveys.communityRow(tag + "-2", CHAOYANG, JINSONG, 2005),
					Surveys.communityRow(tag + "-3", CHAOYANG, JINSONG, 1978)) + "\n";

			JsonNode report = uploads.finished(uploads.submit("communities", file));

			assertThat(report.get("status").asText()).isEqualTo("FAILED");
			assertThat(report.get("failure").asText()).doesNotContainIgnoringCase("copy")
				.doesNotContainIgnoringCase("error")
				.doesNotContain("refused by the test", "community (", "SQL", "import_id")
				.contains("lines 2–4", "running the file again");
			assertThat(problem(report, 3, "buildYear")).contains("2005");
			assertThat(problem(report, 2, "row")).contains("not imported", "the import stopped");
			assertThat(problem(report, 4, "row")).contains("not imported", "the import stopped");
			assertAccountsForEveryRow(report, 3);
		}
		finally {
			jdbc.sql("DROP TRIGGER " + function + " ON community").update();
			jdbc.sql("DROP FUNCTION " + function + "()").update();
		}
	}

	@Test
	void aRowWithTooFewOrTooManyFieldsIsRefusedAndAnUnterminatedQuoteIsNamed() {
		String tag = "字段数" + Surveys.unique();
		String full = Surveys.communityRow(tag + "-少", CHAOYANG, JINSONG, 1978);
		String unterminated = Surveys.communityRow(tag + "-引号", CHAOYANG, JINSONG, 1978).replace("2单元\"", "2单元");
		String file = String.join("\n", Surveys.COMMUNITY_HEADER,
				Surveys.communityRow(tag + "-好1", CHAOYANG, JINSONG, 1978),
				full.substring(0, full.lastIndexOf(',', full.lastIndexOf(',', full.lastIndexOf(',') - 1) - 1)),
				Surveys.communityRow(tag + "-多", CHAOYANG, JINSONG, 1978) + ",多余",
				Surveys.communityRow(tag + "-好2", CHAOYANG, JINSONG, 1978),
				unterminated,
				Surveys.communityRow(tag + "-被吞1", CHAOYANG, JINSONG, 1978),
				Surveys.communityRow(tag + "-被吞2", CHAOYANG, JINSONG, 1978)) + "\n";

		JsonNode report = uploads.completed(uploads.submit("communities", file));

		assertThat(problem(report, 3, "row")).isEqualTo("has 15 fields, the header has 18");
		assertThat(problem(report, 4, "row")).isEqualTo("has 19 fields, the header has 18");
		assertThat(problem(report, 6, "address")).startsWith("unterminated quote opened on line 6");
		assertThat(problem(report, 7, "row")).contains("unterminated quote opened on line 6");
		assertThat(problem(report, 8, "row")).contains("unterminated quote opened on line 6");
		assertThat(report.get("importedRows").asInt()).isEqualTo(2);
		assertAccountsForEveryRow(report, 7);
		assertThat(named(tag)).isEqualTo(2);
	}

	@Test
	void textASpreadsheetWouldRunAsAFormulaOrHoldingControlCharactersIsRefused() {
		String tag = "公式" + Surveys.unique();
		String file = String.join("\n", Surveys.COMMUNITY_HEADER,
				Surveys.communityRow("=1+2" + tag, CHAOYANG, JINSONG, 1978),
				Surveys.communityRow("+86" + tag, CHAOYANG, JINSONG, 1978),
				Surveys.communityRow("-2" + tag, CHAOYANG, JINSONG, 1978),
				Surveys.communityRow("@SUM" + tag, CHAOYANG, JINSONG, 1978),
				Surveys.communityRow("制表\t符" + tag, CHAOYANG, JINSONG, 1978),
				Surveys.communityRow(tag + "-地址", CHAOYANG, JINSONG, 1978).replace("\"" + tag + "-地址路", "\"=cmd|' /C calc'!A0"),
				Surveys.communityRow(tag + "-换行", CHAOYANG, JINSONG, 1978).replace("路1号, 2单元", "路1号\n2单元"),
				Surveys.communityRow(tag + "-好", CHAOYANG, JINSONG, 1978)) + "\n";

		JsonNode report = uploads.completed(uploads.submit("communities", file));

		assertThat(problem(report, 2, "name")).contains("starts with '='", "formula");
		assertThat(problem(report, 3, "name")).contains("starts with '+'");
		assertThat(problem(report, 4, "name")).contains("starts with '-'");
		assertThat(problem(report, 5, "name")).contains("starts with '@'");
		assertThat(problem(report, 6, "name")).isEqualTo("contains a control character U+0009");
		assertThat(problem(report, 7, "address")).contains("starts with '='");
		assertThat(problem(report, 8, "address")).isEqualTo("contains a control character U+000A");
		assertThat(report.get("importedRows").asInt()).isEqualTo(1);
		assertAccountsForEveryRow(report, 8);
		assertThat(named(tag)).isEqualTo(1);

		{
			String buildings = String.join("\n", Surveys.BUILDING_HEADER,
					Surveys.buildingRow(JINSONG, tag + "-好", "=1+1", 100),
					Surveys.buildingRow(JINSONG, tag + "-好", "1号\u0001楼", 100),
					Surveys.buildingRow(JINSONG, tag + "-好", "1号楼", 100)) + "\n";
			JsonNode imported = uploads.completed(uploads.submit("buildings", buildings));
			assertThat(problem(imported, 2, "number")).contains("starts with '='");
			assertThat(problem(imported, 3, "number")).isEqualTo("contains a control character U+0001");
			assertThat(imported.get("importedRows").asInt()).isEqualTo(1);
			assertAccountsForEveryRow(imported, 3);
		}
	}

	private long named(String tag) {
		return jdbc.sql("SELECT count(*) FROM community WHERE name LIKE :tag")
			.param("tag", "%" + tag + "%")
			.query(Long.class)
			.single();
	}

}
