package cn.bjrenovation.housing.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import cn.bjrenovation.housing.community.Surveys;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.fuzz.FuzzRun;
import cn.bjrenovation.platform.testing.fuzz.Oddities;
import cn.bjrenovation.platform.testing.fuzz.RawHttp;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static cn.bjrenovation.housing.fuzz.HousingFuzzSetup.CHAOYANG;
import static cn.bjrenovation.housing.fuzz.HousingFuzzSetup.DISTRICT;
import static cn.bjrenovation.housing.fuzz.HousingFuzzSetup.HOUSING;
import static cn.bjrenovation.housing.fuzz.HousingFuzzSetup.JINSONG;

/**
 * Survey files mutated every way a district's spreadsheet can go wrong (truncated rows, extra fields, unbalanced
 * quotes, NUL, BOMs, other encodings, duplicate rows, Chinese and English headers, odd cells and Content-Types),
 * posted to both imports. Every answer is judged; a refused file starts no import and writes nothing; every
 * accepted import accounts for each of its rows (imported, already present or rejected with line and field),
 * stores exactly what it says it imported, and stores no NUL, BOM or replacement character.
 */
@ServiceTest
@TestPropertySource(properties = { "renovation.events.retry-interval=10ms", "spring.kafka.consumer.fetch-max-wait=10ms" })
class SurveyCsvFuzzTest {

	private static final String COMMUNITY_ZH = "小区名称,区代码,街道代码,地址,纬度,经度,建成年份,产权类型,管理现状,楼栋数,建筑面积,户数,居民人数,"
			+ "60岁以上占比,历史文化街区,业委会物管会,物业服务标准已约定,12345投诉量";

	private static final String BUILDING_ZH = "街道代码,小区名称,楼号,层数,单元数,建成年份,结构,建筑面积,户数,需抗震加固,需节能改造,电梯,危房等级,简易楼";

	private static final String[] CONTENT_TYPES = { null, "application/json", "text/plain", "application/octet-stream",
			"text/csv; charset=gbk", "text/csv; charset=iso-8859-1", "multipart/form-data; boundary=x", "text/html",
			"application/x-www-form-urlencoded", "text/csv; charset=utf-16", "text/tab-separated-values", "garbage" };

	@Autowired
	LocalHttp http;

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	record Accepted(int index, String id, String kind, String input, Integer expectedRows) {
	}

	@Test
	void surveyCsvs() {
		HousingFuzzSetup.create(http);
		String home = "模糊楼栋" + Surveys.unique();
		Map<String, Object> big = Surveys.community(home, CHAOYANG, JINSONG, 1980);
		big.put("floorArea", 900_000_000);
		String homeId = http.post(HOUSING, big, "/api/housing/communities").getBody().get("id").asText();
		long buildingsBefore = buildings();

		FuzzRun run = FuzzRun.start("housing survey CSV");
		RawHttp raw = new RawHttp(port);
		List<Accepted> accepted = new ArrayList<>();
		run.count("5xx seen", 0);
		run.count("rows written by refused requests", 0);
		long importsBefore = imports();
		for (int i = 0; i < run.tries(); i++) {
			SplittableRandom r = run.input(i);
			boolean communities = r.nextInt(3) != 0;
			Integer[] expectedRows = new Integer[1];
			byte[] file = communities ? communityFile(r, "F" + i, expectedRows) : buildingFile(r, home, "F" + i, expectedRows);
			String contentType = r.nextInt(8) == 0 ? Oddities.pick(r, CONTENT_TYPES) : "text/csv; charset=utf-8";
			String kind = communities ? "communities" : "buildings";
			RawHttp.Request request = new RawHttp.Request("POST", "/api/housing/survey-imports/" + kind, contentType, file);
			RawHttp.Answer answer = raw.send(DISTRICT, request);
			run.count("inputs tried");
			if (answer.status() >= 500) {
				run.count("5xx seen");
			}
			String input = "#" + i + " " + request;
			for (String wrong : RawHttp.judge(answer)) {
				String leak = wrong.contains("leaks") ? " «" + RawHttp.leak(answer.body()) + "»" : "";
				run.finding(kind + ": " + wrong + leak + traits(file, contentType), input, answer.toString());
			}
			long after = imports();
			if (answer.status() == 202) {
				run.count("files accepted (202)");
				String id = answer.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
				accepted.add(new Accepted(i, id, kind, input, expectedRows[0]));
				if (contentType == null || !contentType.toLowerCase().startsWith("text/csv")) {
					run.finding(kind + ": file accepted (202) though sent as Content-Type " + contentType, input,
							answer.toString());
				}
				else if (!contentType.toLowerCase().replace(" ", "").endsWith("charset=utf-8")) {
					run.finding(kind + ": file accepted (202) with charset other than UTF-8: " + contentType, input,
							answer.toString());
				}
				if (after != importsBefore + 1) {
					run.finding(kind + ": 202 but survey_import rows went " + importsBefore + " → " + after, input,
							answer.toString());
				}
			}
			else if (after != importsBefore) {
				run.count("rows written by refused requests");
				run.finding(kind + ": refused with " + answer.status() + " but an import was recorded", input,
						answer.toString());
			}
			importsBefore = after;
		}
		awaitAll();
		long importedBuildings = 0;
		for (Accepted one : accepted) {
			importedBuildings += check(run, one, homeId);
		}
		long buildingsWritten = buildings() - buildingsBefore;
		if (buildingsWritten != importedBuildings) {
			run.finding("buildings: imports report " + importedBuildings + " buildings imported but " + buildingsWritten
					+ " were stored", "all building imports of the run", "");
		}
		List<String> oddNames = jdbc.sql("""
				SELECT name FROM community WHERE name LIKE 'F%' AND (strpos(name, chr(65533)) > 0 OR strpos(name, chr(65279)) > 0
				  OR name ~ '[\\x01-\\x1f]') LIMIT 5""").query(String.class).list();
		for (String name : oddNames) {
			run.finding("communities: stored a name with a control, BOM or replacement character", FuzzRun.clip(name), "");
		}
		run.finish();
	}

	/** Accounts for each accepted import once it has finished; the number of buildings it says it imported. */
	private long check(FuzzRun run, Accepted one, String homeId) {
		Map<String, Object> row = jdbc.sql("SELECT * FROM survey_import WHERE id = CAST(:id AS uuid)")
			.param("id", one.id())
			.query()
			.singleRow();
		String status = String.valueOf(row.get("status"));
		int total = ((Number) row.get("total_rows")).intValue();
		int processed = ((Number) row.get("processed_rows")).intValue();
		int imported = ((Number) row.get("imported_rows")).intValue();
		int present = ((Number) row.get("already_present_rows")).intValue();
		int changed = ((Number) row.get("changed_rows")).intValue();
		int rejected = ((Number) row.get("rejected_rows")).intValue();
		String counts = String.format(
				"status %s total %d processed %d imported %d present %d changed %d rejected %d failure %s", status, total,
				processed, imported, present, changed, rejected, row.get("failure"));
		if (!"COMPLETED".equals(status)) {
			run.finding(one.kind() + ": accepted import ended " + status, one.input(), counts);
		}
		if (total != imported + present + changed + rejected || processed != total) {
			run.finding(one.kind() + ": rows unaccounted for (total ≠ imported + already present + changed + rejected)",
					one.input(), counts);
		}
		if (one.expectedRows() != null && total != one.expectedRows()) {
			run.finding(one.kind() + ": import counts " + (total < one.expectedRows() ? "fewer" : "more")
					+ " rows than the file has", one.input(), counts + ", file has " + one.expectedRows());
		}
		// a changed row's differences are listed beside the problems, as kind CHANGED: only problems reject a row
		long problemLines = jdbc.sql("SELECT count(DISTINCT line) FROM survey_import_problem WHERE import_id = CAST(:id AS uuid) AND kind <> 'CHANGED'")
			.param("id", one.id())
			.query(Long.class)
			.single();
		long blank = jdbc.sql("SELECT count(*) FROM survey_import_problem WHERE import_id = CAST(:id AS uuid) AND (btrim(field) = '' OR btrim(reason) = '')")
			.param("id", one.id())
			.query(Long.class)
			.single();
		if (problemLines != rejected || blank > 0) {
			run.finding(one.kind() + ": rejected rows not each reported with a line, field and reason", one.input(),
					counts + ", problem lines " + problemLines + ", blank " + blank);
		}
		if ("communities".equals(one.kind())) {
			long stored = jdbc.sql("SELECT count(*) FROM community WHERE import_id = CAST(:id AS uuid)")
				.param("id", one.id())
				.query(Long.class)
				.single();
			if (stored != imported) {
				run.finding("communities: import says " + (stored < imported ? "more" : "fewer") + " rows imported than it stored",
						one.input(), counts + ", stored " + stored);
			}
			return 0;
		}
		// a building carries no import id: what the building imports stored is checked for the run as a whole
		return imported;
	}

	/** Every import submitted has finished, however it ended. */
	private void awaitAll() {
		Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
			.until(() -> jdbc.sql("SELECT count(*) FROM survey_import WHERE status = 'RUNNING'").query(Long.class)
				.single() == 0);
	}

	private long imports() {
		return jdbc.sql("SELECT count(*) FROM survey_import").query(Long.class).single();
	}

	/**
	 * Every building stored: a building row may name, instead of the home community, a community that one of the run's
	 * own community files registered (an odd name the fuzzer picks for both), and is rightly imported there.
	 */
	private long buildings() {
		return jdbc.sql("SELECT count(*) FROM building").query(Long.class).single();
	}

	private static byte[] communityFile(SplittableRandom r, String tag, Integer[] expectedRows) {
		List<List<String>> rows = new ArrayList<>();
		int count = r.nextInt(6);
		for (int n = 0; n < count; n++) {
			rows.add(new ArrayList<>(Arrays.asList(Surveys.communityRow(tag + "-" + n, CHAOYANG, JINSONG, 1950 + r.nextInt(50))
				.replaceAll("\"[^\"]*\"", "地址")
				.split(",", -1))));
		}
		return file(r, r.nextInt(3) == 0 ? COMMUNITY_ZH : Surveys.COMMUNITY_HEADER, rows, expectedRows);
	}

	private static byte[] buildingFile(SplittableRandom r, String home, String tag, Integer[] expectedRows) {
		List<List<String>> rows = new ArrayList<>();
		int count = r.nextInt(6);
		for (int n = 0; n < count; n++) {
			rows.add(new ArrayList<>(Arrays.asList(Surveys.buildingRow(JINSONG, home, tag + "-" + n + "号楼", 100).split(",", -1))));
		}
		return file(r, r.nextInt(3) == 0 ? BUILDING_ZH : Surveys.BUILDING_HEADER, rows, expectedRows);
	}

	/**
	 * The file after one to three mutations. The number of records it holds is known (set in expectedRows) unless a
	 * mutation makes that a matter of interpretation (unbalanced quotes, other encodings, NUL).
	 */
	private static byte[] file(SplittableRandom r, String headerLine, List<List<String>> rows, Integer[] expectedRows) {
		List<String> header = new ArrayList<>(Arrays.asList(headerLine.split(",", -1)));
		boolean countable = true;
		String newline = "\n";
		String prefix = "";
		Charset charset = StandardCharsets.UTF_8;
		String rawTail = "";
		int mutations = 1 + r.nextInt(3);
		for (int m = 0; m < mutations; m++) {
			List<String> row = rows.isEmpty() ? null : rows.get(r.nextInt(rows.size()));
			switch (r.nextInt(16)) {
				case 0 -> { // truncated row
					if (row != null && !row.isEmpty()) {
						row.subList(r.nextInt(row.size()), row.size()).clear();
					}
				}
				case 1 -> { // extra fields
					if (row != null) {
						for (int k = 1 + r.nextInt(3); k > 0; k--) {
							row.add(Oddities.string(r));
						}
					}
				}
				case 2 -> { // odd cell
					if (row != null && !row.isEmpty()) {
						row.set(r.nextInt(row.size()), Oddities.string(r));
					}
				}
				case 3 -> { // formula-leading or odd name
					if (row != null) {
						int name = header.indexOf("name") >= 0 ? header.indexOf("name") : 0;
						if (name < row.size()) {
							row.set(name, Oddities.pick(r, new String[] { "=1+1", "+SUM(A1)", "-3", "@cmd", "\t=2", "=HYPERLINK(\"x\")" })
									+ row.get(name));
						}
					}
				}
				case 4 -> { // duplicate rows
					if (row != null) {
						for (int k = 1 + r.nextInt(3); k > 0; k--) {
							rows.add(new ArrayList<>(row));
						}
					}
				}
				case 5 -> { // unbalanced quote
					rawTail = "\"" + Oddities.string(r);
					countable = false;
				}
				case 6 -> { // NUL
					if (row != null && !row.isEmpty()) {
						int at = r.nextInt(row.size());
						row.set(at, row.get(at) + "\u0000");
					}
					else {
						rawTail = "\u0000";
					}
					countable = false;
				}
				case 7 -> prefix = "\ufeff"; // UTF-8 BOM
				case 8 -> { // another encoding, labelled nowhere
					charset = Oddities.pick(r, new Charset[] { Charset.forName("GBK"), StandardCharsets.UTF_16LE,
							StandardCharsets.UTF_16, StandardCharsets.ISO_8859_1, Charset.forName("GB18030") });
					if (charset.equals(StandardCharsets.UTF_16LE)) {
						prefix = "\ufeff";
					}
					countable = false;
				}
				case 9 -> newline = Oddities.pick(r, new String[] { "\r\n", "\r", "\n\n", "\r\r\n" });
				case 10 -> { // header: a column missing, duplicated, unknown, renamed or padded
					if (header.isEmpty()) {
						continue;
					}
					int at = r.nextInt(header.size());
					switch (r.nextInt(5)) {
						case 0 -> header.remove(at);
						case 1 -> header.add(header.get(at));
						case 2 -> header.add(Oddities.string(r));
						case 3 -> header.set(at, header.get(at).toUpperCase());
						default -> header.set(at, " " + header.get(at) + " ");
					}
				}
				case 11 -> { // mixed Chinese and English headers
					if (header.isEmpty()) {
						continue;
					}
					header.set(0, header.get(0).equals("name") ? "小区名称" : header.get(0).equals("小区名称") ? "name" : header.get(0));
				}
				case 12 -> rows.clear(); // header only
				case 13 -> { // no file at all, or only blank lines
					header.clear();
					rows.clear();
					rawTail = Oddities.pick(r, new String[] { "", "\n", " ", "\r\n\r\n", ",,,," });
				}
				case 14 -> { // blank lines between rows and trailing whitespace
					if (row != null && !row.isEmpty()) {
						row.set(row.size() - 1, row.get(row.size() - 1) + "  ");
						rawTail = newline + newline;
					}
				}
				default -> { // a quoted cell with a comma, a quote and a line break inside: still one record
					if (row != null && !row.isEmpty()) {
						row.set(r.nextInt(row.size()), "多,行\n\"引号\"");
					}
				}
			}
		}
		StringBuilder text = new StringBuilder(prefix);
		if (!header.isEmpty()) {
			text.append(String.join(",", header)).append(newline);
		}
		for (List<String> row : rows) {
			List<String> cells = new ArrayList<>();
			for (String cell : row) {
				cells.add(csv(cell));
			}
			text.append(String.join(",", cells)).append(newline);
		}
		text.append(rawTail);
		// a row truncated to nothing is a blank line, which a reader may skip
		long records = rows.stream().filter(row -> !(row.size() <= 1 && String.join("", row).isEmpty())).count();
		expectedRows[0] = countable && !header.isEmpty() ? (int) records : null;
		return text.toString().getBytes(charset);
	}

	/** A cell as CSV writes it: quoted when it holds a comma, quote or line break. */
	private static String csv(String cell) {
		if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
			return "\"" + cell.replace("\"", "\"\"") + "\"";
		}
		return cell;
	}

	private static String traits(byte[] file, String contentType) {
		List<String> traits = new ArrayList<>();
		String text = new String(file, StandardCharsets.UTF_8);
		if (text.indexOf('\u0000') >= 0) {
			traits.add("NUL");
		}
		if (!cn.bjrenovation.platform.testing.fuzz.RestFuzz.utf8(file)) {
			traits.add("not UTF-8");
		}
		if (contentType == null || !contentType.startsWith("text/csv; charset=utf-8")) {
			traits.add("Content-Type " + contentType);
		}
		return traits.isEmpty() ? "" : " " + traits;
	}

}
