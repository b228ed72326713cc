package cn.bjrenovation.housing.bench;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.sql.DataSource;

import cn.bjrenovation.democity.DemoCity;
import cn.bjrenovation.democity.Survey;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/**
 * Survey import against a raw PostgreSQL COPY of the same rows into the same tables, in the same run, on the
 * real service (REST upload, background import, PostgreSQL); then a filtered page and a district summary at that
 * scale. Run by {@code bench/housing-import.sh}; excluded from the test suite. Figures go to
 * {@code target/benchmarks/housing-import.txt}.
 */
@ServiceTest
class SurveyImportBenchmark {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=utf-8");

	private static final String HOUSING = TestInfrastructure.token("HOUSING");

	private static final String TABLES = "community, building, community_history, survey_import, survey_import_problem, "
			+ "building_appraisal, ownership_case, renovation_acceptance";

	@Autowired
	LocalHttp http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void importAgainstCopyAndQueriesAtScale() throws Exception {
		int size = Integer.getInteger("bench.communities", 20_000);
		int rounds = Integer.getInteger("bench.rounds", 3);
		Survey survey = DemoCity.generate(size, 2021);
		StringWriter communities = new StringWriter();
		StringWriter buildings = new StringWriter();
		survey.writeCommunities(communities);
		survey.writeBuildings(buildings);
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "%d communities, %d buildings; %d rounds, each: import, then COPY",
				survey.communities().size(), survey.buildings().size(), rounds));
		double[] ratios = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			empty();
			long imported = timed(() -> {
				upload("communities", communities.toString());
				upload("buildings", buildings.toString());
				return null;
			});
			long rows = count("community") + count("building");
			String communityRows = copyOut("community");
			String buildingRows = copyOut("building");
			empty();
			long copied = timed(() -> {
				copyIn("community", communityRows, "building", buildingRows);
				return null;
			});
			ratios[round] = (double) copied / imported;
			report.add(String.format(Locale.ROOT,
					"round %d: import %.2f s (%.0f rows/s), COPY %.2f s (%.0f rows/s): import at %.0f %% of COPY",
					round + 1, imported / 1e9, rows / (imported / 1e9), copied / 1e9, rows / (copied / 1e9),
					100 * ratios[round]));
		}
		Arrays.sort(ratios);
		report.add(String.format(Locale.ROOT, "median: import at %.0f %% of COPY throughput (goal >= 50 %%)",
				100 * ratios[rounds / 2]));
		empty();
		upload("communities", communities.toString());
		upload("buildings", buildings.toString());
		jdbc.sql("VACUUM ANALYZE").update(); // what autovacuum does after a bulk load
		report.add(latency("filtered page", "/api/housing/communities?districtCode=110105&builtTo=1990"
				+ "&elevator=FEASIBLE&minHotlineComplaints=5&sort=-buildYear&pageSize=50"));
		report.add(latency("filtered page, 3rd page by keyset", null));
		report.add(latency("district summary", "/api/housing/districts/110105/summary"));
		Path out = Path.of("target", "benchmarks", "housing-import.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, report);
		report.forEach(System.out::println);
	}

	private String latency(String what, String uri) {
		String path = uri;
		if (path == null) {
			String base = "/api/housing/communities?districtCode=110105&sort=-buildYear&pageSize=50";
			String token = http.get(HOUSING, base).getBody().get("nextPageToken").asText();
			token = http.get(HOUSING, base + "&pageToken=" + token).getBody().get("nextPageToken").asText();
			path = base + "&pageToken=" + token;
		}
		long[] nanos = Latencies.measure(http, HOUSING, what, path);
		return String.format(Locale.ROOT, "%s: p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d calls (goal p99 <= 50 ms)",
				what, Latencies.p50(nanos), Latencies.p99(nanos), Latencies.max(nanos), nanos.length);
	}

	private void upload(String kind, String csv) {
		ResponseEntity<JsonNode> started = http.post(HOUSING, CSV, csv, "/api/housing/survey-imports/" + kind);
		String location = started.getHeaders().getLocation().toString();
		JsonNode[] report = new JsonNode[1];
		await().pollInterval(Duration.ofMillis(20)).atMost(Duration.ofMinutes(10)).until(() -> {
			report[0] = http.get(HOUSING, location).getBody();
			return !"RUNNING".equals(report[0].get("status").asText());
		});
		if (!"COMPLETED".equals(report[0].get("status").asText()) || report[0].get("rejectedRows").asInt() != 0) {
			throw new IllegalStateException("import of " + kind + " did not complete cleanly: "
					+ report[0].toString().substring(0, Math.min(2000, report[0].toString().length())));
		}
	}

	private void empty() {
		jdbc.sql("TRUNCATE " + TABLES + " CASCADE").update();
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private String copyOut(String table) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			StringWriter out = new StringWriter();
			connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY " + table + " TO STDOUT", out);
			return out.toString();
		}
	}

	private void copyIn(String first, String firstRows, String second, String secondRows) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("COPY " + first + " FROM STDIN", new StringReader(firstRows));
			copy.copyIn("COPY " + second + " FROM STDIN", new StringReader(secondRows));
			connection.commit();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long timed(Supplier<Void> work) {
		long began = System.nanoTime();
		work.get();
		return System.nanoTime() - began;
	}

}
