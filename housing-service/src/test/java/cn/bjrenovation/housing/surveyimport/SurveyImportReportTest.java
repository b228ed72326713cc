package cn.bjrenovation.housing.surveyimport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.bjrenovation.housing.community.Surveys;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static cn.bjrenovation.housing.surveyimport.SurveyUploads.CHAOYANG;
import static cn.bjrenovation.housing.surveyimport.SurveyUploads.DISTRICT;
import static cn.bjrenovation.housing.surveyimport.SurveyUploads.JINSONG;
import static cn.bjrenovation.housing.surveyimport.SurveyUploads.assertAccountsForEveryRow;
import static cn.bjrenovation.housing.surveyimport.SurveyUploads.change;
import static cn.bjrenovation.housing.surveyimport.SurveyUploads.lines;
import static cn.bjrenovation.housing.surveyimport.SurveyUploads.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** Imports say everything: every data row is accounted for, in every report read, running or finished. */
@ServiceTest
class SurveyImportReportTest {

	@Autowired
	LocalHttp http;

	SurveyUploads uploads;

	@Autowired
	void uploads(LocalHttp http) {
		this.uploads = new SurveyUploads(http);
	}

	@Test
	void everyReportReadWhileTheImportRunsListsAsManyProblemRowsAsItCounts() throws Exception {
		String tag = "一致" + Surveys.unique();
		StringBuilder file = new StringBuilder(Surveys.COMMUNITY_HEADER).append('\n');
		int rows = 30_000;
		for (int i = 0; i < rows; i++) {
			file.append(Surveys.communityRow(tag + "-" + i, CHAOYANG, JINSONG, i % 2 == 0 ? 1980 : 2005)).append('\n');
		}
		ResponseEntity<JsonNode> started = uploads.submit("communities", file.toString());
		String location = started.getHeaders().getLocation().toString();
		List<String> inconsistent = new CopyOnWriteArrayList<>();
		AtomicBoolean finished = new AtomicBoolean();
		ExecutorService readers = Executors.newFixedThreadPool(2);
		List<Future<?>> reading = new ArrayList<>();
		for (int r = 0; r < 2; r++) {
			reading.add(readers.submit(() -> {
				while (!finished.get()) {
					JsonNode report = http.get(DISTRICT, location).getBody();
					int rejected = report.get("rejectedRows").asInt();
					int listed = lines(report, "problems").size();
					int counted = report.get("importedRows").asInt() + report.get("alreadyPresentRows").asInt()
							+ report.path("changedRows").asInt(0) + rejected;
					if (listed != rejected || counted != report.get("processedRows").asInt()) {
						inconsistent.add(report.get("status").asText() + ": processed "
								+ report.get("processedRows").asInt() + ", counted " + counted + ", rejected " + rejected
								+ ", problem rows listed " + listed);
					}
					if (!"RUNNING".equals(report.get("status").asText())) {
						finished.set(true);
					}
				}
			}));
		}
		for (Future<?> reader : reading) {
			reader.get(120, TimeUnit.SECONDS);
		}
		readers.shutdown();

		JsonNode report = uploads.completed(started);
		assertThat(inconsistent).isEmpty();
		assertThat(report.get("rejectedRows").asInt()).isEqualTo(rows / 2);
		assertAccountsForEveryRow(report, rows);
	}

	@Test
	void aFileMixingEveryKindOfRowAccountsForEachOne() {
		String tag = "混合" + Surveys.unique();
		String community = tag + "-小区";
		uploads.completed(uploads.submit("communities", Surveys.COMMUNITY_HEADER + "\n"
				+ Surveys.communityRow(community, CHAOYANG, JINSONG, 1978) + "\n"));
		uploads.completed(uploads.submit("buildings", Surveys.BUILDING_HEADER + "\n"
				+ Surveys.buildingRow(JINSONG, community, "1号楼", 100) + "\n"
				+ Surveys.buildingRow(JINSONG, community, "2号楼", 100) + "\n"));
		String file = String.join("\n", Surveys.BUILDING_HEADER,
				Surveys.buildingRow(JINSONG, community, "1号楼", 100), // 2: already present
				Surveys.buildingRow(JINSONG, community, "2号楼", 150), // 3: changed
				Surveys.buildingRow(JINSONG, community, "3号楼", 100), // 4: imported
				Surveys.buildingRow(JINSONG, community, "3号楼", 100), // 5: the same as line 4: already present
				Surveys.buildingRow(JINSONG, community, "3号楼", 100).replace(",,false", ",D,false"), // 6: rejected
				Surveys.buildingRow(JINSONG, community, "4号楼", 100).replace(",6,3,", ",0,3,"), // 7: rejected
				Surveys.buildingRow(JINSONG, community, "5号楼\u0000", 100), // 8: rejected
				Surveys.buildingRow(JINSONG, community, "6号楼", 100) + ",多", // 9: rejected
				Surveys.buildingRow(JINSONG, community, "7号楼", 100)) // 10: imported
				+ "\n";

		JsonNode report = uploads.completed(uploads.submit("buildings", file));

		assertThat(report.get("importedRows").asInt()).as(report.toString()).isEqualTo(2);
		assertThat(report.get("alreadyPresentRows").asInt()).as(report.toString()).isEqualTo(2);
		assertThat(report.get("changedRows").asInt()).as(report.toString()).isEqualTo(1);
		assertThat(report.get("rejectedRows").asInt()).as(report.toString()).isEqualTo(4);
		assertThat(change(report, 3, "floorArea")).contains("100", "150");
		assertThat(problem(report, 6, "number")).contains("line 4", "different data");
		assertThat(problem(report, 7, "floors")).contains("between 1 and 100");
		assertThat(problem(report, 8, "number")).contains("U+0000");
		assertThat(problem(report, 9, "row")).contains("15 fields");
		assertAccountsForEveryRow(report, 9);
	}

}
