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
import static cn.bjrenovation.housing.surveyimport.SurveyUploads.change;
import static cn.bjrenovation.housing.surveyimport.SurveyUploads.fields;
import static cn.bjrenovation.housing.surveyimport.SurveyUploads.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same community or building twice, in one file or across imports: identical is already present; different
 * data in the same file is refused naming the first line; different from the registered one is reported as a
 * change to make with PUT, never dropped in silence.
 */
@ServiceTest
class SurveyImportRepeatsTest {

	@Autowired
	JdbcClient jdbc;

	SurveyUploads uploads;

	@Autowired
	void uploads(LocalHttp http) {
		this.uploads = new SurveyUploads(http);
	}

	@Test
	void theSameBuildingTwiceInAFileWithDifferentDataIsRefusedNamingTheFirstLine() {
		String community = community("楼重复");
		String file = String.join("\n", Surveys.BUILDING_HEADER,
				Surveys.buildingRow(JINSONG, community, "1号楼", 100),
				Surveys.buildingRow(JINSONG, community, "2号楼", 100),
				Surveys.buildingRow(JINSONG, community, "1号楼", 100),
				Surveys.buildingRow(JINSONG, community, "1号楼", 100).replace(",,false", ",D,false")) + "\n";

		JsonNode report = uploads.completed(uploads.submit("buildings", file));

		assertThat(report.get("importedRows").asInt()).isEqualTo(2);
		assertThat(report.get("alreadyPresentRows").asInt()).isEqualTo(1);
		assertThat(problem(report, 5, "number")).contains("the same building as line 2 with different data",
				"dangerousGrade");
		assertAccountsForEveryRow(report, 4);
		assertThat(jdbc.sql("SELECT dangerous_grade FROM building b JOIN community c ON c.id = b.community_id "
				+ "WHERE c.name = :name AND b.number = '1号楼'").param("name", community).query(String.class).optional())
			.isEmpty();
	}

	@Test
	void aReimportedBuildingWithChangedFiguresIsReportedAsAChangeAndNotApplied() {
		String community = community("楼变更");
		uploads.completed(uploads.submit("buildings", String.join("\n", Surveys.BUILDING_HEADER,
				Surveys.buildingRow(JINSONG, community, "1号楼", 100),
				Surveys.buildingRow(JINSONG, community, "2号楼", 100)) + "\n"));
		String again = String.join("\n", Surveys.BUILDING_HEADER,
				Surveys.buildingRow(JINSONG, community, "1号楼", 100).replace(",,false", ",D,false").replace(",6,3,", ",7,3,"),
				Surveys.buildingRow(JINSONG, community, "2号楼", 100)) + "\n";

		JsonNode report = uploads.completed(uploads.submit("buildings", again));

		assertThat(report.get("changedRows").asInt()).isEqualTo(1);
		assertThat(report.get("alreadyPresentRows").asInt()).isEqualTo(1);
		assertThat(fields(report, "changes", 2)).containsExactlyInAnyOrder("floors", "dangerousGrade");
		assertThat(change(report, 2, "floors")).contains("6", "7",
				"differs from the registered building; correct it with PUT /api/housing/communities/");
		assertAccountsForEveryRow(report, 2);
		assertThat(jdbc.sql("SELECT floors FROM building b JOIN community c ON c.id = b.community_id "
				+ "WHERE c.name = :name AND b.number = '1号楼'").param("name", community).query(Integer.class).single())
			.isEqualTo(6);
	}

	@Test
	void theSameCommunityTwiceOrChangedIsTreatedAlike() {
		String tag = "区重复" + Surveys.unique();
		String file = String.join("\n", Surveys.COMMUNITY_HEADER,
				Surveys.communityRow(tag + "-甲", CHAOYANG, JINSONG, 1978),
				Surveys.communityRow(tag + "-乙", CHAOYANG, JINSONG, 1978),
				Surveys.communityRow(tag + "-甲", CHAOYANG, JINSONG, 1978),
				Surveys.communityRow(tag + "-甲", CHAOYANG, JINSONG, 1979)) + "\n";

		JsonNode first = uploads.completed(uploads.submit("communities", file));

		assertThat(first.get("importedRows").asInt()).isEqualTo(2);
		assertThat(first.get("alreadyPresentRows").asInt()).isEqualTo(1);
		assertThat(problem(first, 5, "name")).contains("the same community as line 2 with different data", "buildYear");
		assertAccountsForEveryRow(first, 4);

		JsonNode again = uploads.completed(uploads.submit("communities", String.join("\n", Surveys.COMMUNITY_HEADER,
				Surveys.communityRow(tag + "-甲", CHAOYANG, JINSONG, 1978),
				Surveys.communityRow(tag + "-乙", CHAOYANG, JINSONG, 1978).replace(",800,", ",801,")) + "\n"));

		assertThat(again.get("alreadyPresentRows").asInt()).isEqualTo(1);
		assertThat(again.get("changedRows").asInt()).isEqualTo(1);
		assertThat(change(again, 3, "households")).contains("800", "801",
				"differs from the registered community; correct it with PUT /api/housing/communities/");
		assertAccountsForEveryRow(again, 2);
	}

	private String community(String prefix) {
		String name = prefix + Surveys.unique();
		uploads.completed(uploads.submit("communities",
				Surveys.COMMUNITY_HEADER + "\n" + Surveys.communityRow(name, CHAOYANG, JINSONG, 1978) + "\n"));
		return name;
	}

}
