package cn.bjrenovation.pipeline.coordination;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import cn.bjrenovation.democity.Community;
import cn.bjrenovation.democity.DemoCity;
import cn.bjrenovation.pipeline.coordination.domain.SegmentCode;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindows;
import cn.bjrenovation.pipeline.coordination.domain.WindowId;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Dig-once trench windows at city scale (issue 14 item 10): 100,000 windows on 20 segments of every street of the demo
 * city (seed 2021), written straight into the tables (one draft plan per four windows of a segment, its water part the
 * window's primary; a third of each segment's windows completed — every third of those under a 3-year protection after
 * an overhaul —, a tenth released, the rest scheduled). Measured over HTTP at the client, in the same run: a plan read by
 * primary key (the baseline), a window request on a random segment and dates — the whole path of opening a window: the
 * plan locked, the protection-period lookup, the overlap lookup and the insert under the exclusion constraint, answered
 * 201 or refused 422 — and a street's calendar over a quarter. Run by {@code bench/pipeline-windows.sh}; excluded from
 * the test suite. Figures go to {@code target/benchmarks/pipeline-windows.txt}.
 */
@ServiceTest
class PipelineWindowBenchmark {

	private static final String CITY_MGMT = TestInfrastructure.token("CITY_MGMT");

	private static final int SEGMENTS_PER_STREET = 20;

	/** A segment's k-th window starts 45 days after its (k-1)-th, from this day. */
	private static final LocalDate FIRST = LocalDate.of(2027, 1, 1);

	private static final int WARMUP = 100;

	@Autowired
	LocalHttp http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrenchWindows trenchWindows;

	@Test
	void windowRequestsAndStreetCalendarsAt100000Windows() throws Exception {
		int windows = Integer.getInteger("bench.windows", 100_000);
		int requests = Integer.getInteger("bench.requests", 1_000);
		List<String> streets = DemoCity.generate(20_000, 2021)
			.communities()
			.stream()
			.map(Community::streetCode)
			.distinct()
			.sorted()
			.toList();
		int perSegment = (windows + streets.size() * SEGMENTS_PER_STREET - 1) / (streets.size() * SEGMENTS_PER_STREET);
		long began = System.nanoTime();
		generateWindows(streets, windows, perSegment);
		jdbc.sql("VACUUM ANALYZE").update();
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT,
				"%d windows (%d scheduled, %d completed, %d released) on %d segments of %d streets, %d plans; generated in %.1f s",
				count("trench_window"), countWhere("status = 'SCHEDULED'"), countWhere("status = 'COMPLETED'"),
				countWhere("status = 'RELEASED'"), streets.size() * SEGMENTS_PER_STREET, streets.size(),
				count("coordination_plan"), (System.nanoTime() - began) / 1e9));
		int calendarDays = perSegment * 45;

		Random random = new Random(2021);
		List<String> plans = jdbc.sql("SELECT project_id::text FROM coordination_plan ORDER BY project_id")
			.query(String.class)
			.list();
		double[] baseline = latency(report, "baseline: one plan by primary key (GET /api/pipeline/plans/{id})",
				requests, () -> {
					String plan = plans.get(random.nextInt(plans.size()));
					return http.get(CITY_MGMT, "/api/pipeline/plans/{projectId}", plan);
				}, 200);

		// every segment with windows, with a draft plan of its windows: the plan a request on it is made for
		List<String[]> segments = jdbc.sql("""
				SELECT DISTINCT ON (segment_code) segment_code, opened_for::text FROM trench_window ORDER BY segment_code
				""").query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
		List<String> calendarStreets = segments.stream().map(segment -> segment[0].substring(0, 9)).distinct().toList();
		Map<Integer, Integer> outcomes = new TreeMap<>();
		double[] conflict = latency(report,
				"window request (POST /api/pipeline/plans/{id}/windows: protection lookup, overlap lookup, exclusion insert)",
				requests, () -> {
					String[] segmentAndPlan = segments.get(random.nextInt(segments.size()));
					LocalDate start = FIRST.plusDays(random.nextInt(calendarDays));
					ResponseEntity<JsonNode> answer = http.post(CITY_MGMT,
							Map.of("segmentCode", segmentAndPlan[0], "segmentName", "基准路段",
									"startDate", start.toString(), "endDate", start.plusDays(random.nextInt(14)).toString(),
									"roadWork", "REINSTATEMENT", "utilities", List.of("GAS")),
							"/api/pipeline/plans/{projectId}/windows", segmentAndPlan[1]);
					outcomes.merge(answer.getStatusCode().value(), 1, Integer::sum);
					return answer;
				}, 201, 422);
		report.add("  answers (measured and warm-up): " + outcomes + " (201 opened, 422 refused: dig once or Art. 33)");

		double[] calendar = latency(report,
				"street calendar, a quarter (GET /api/pipeline/streets/{code}/windows?from=&to=)", requests, () -> {
					String street = calendarStreets.get(random.nextInt(calendarStreets.size()));
					LocalDate from = FIRST.plusDays(random.nextInt(Math.max(1, calendarDays - 90)));
					return http.get(CITY_MGMT, "/api/pipeline/streets/{street}/windows?from={from}&to={to}", street,
							from.toString(), from.plusDays(90).toString());
				}, 200);

		String sample = calendarStreets.get(calendarStreets.size() / 2);
		report.add("  a quarter's calendar holds " + http.get(CITY_MGMT,
				"/api/pipeline/streets/{street}/windows?from={from}&to={to}", sample, FIRST.plusDays(180).toString(),
				FIRST.plusDays(270).toString()).getBody().get("windows").size() + " windows on street " + sample);
		report.add(String.format(Locale.ROOT,
				"p99 against the baseline's: window request %.1f×, street calendar %.1f×; goals: window request p99 <= 10 ms (%s), calendar p99 <= 20 ms (%s)",
				conflict[2] / baseline[2], calendar[2] / baseline[2], conflict[2] <= 10 ? "met" : "missed",
				calendar[2] <= 20 ? "met" : "missed"));
		// the same three inside the service, without HTTP, JSON and the token: the repository calls the use cases make
		report.add("");
		report.add("inside the service (the repository's queries with their participants, no HTTP):");
		List<UUID> windowIds = jdbc.sql("SELECT window_id FROM trench_window ORDER BY window_id").query(UUID.class).list();
		double[] inner = timed(report, "baseline: one window by primary key (TrenchWindows.find)", requests,
				() -> trenchWindows.find(new WindowId(windowIds.get(random.nextInt(windowIds.size())))));
		double[] check = timed(report, "conflict check (TrenchWindows.protecting, then .overlapping, as OpeningWindow)",
				requests, () -> {
					SegmentCode segment = new SegmentCode(segments.get(random.nextInt(segments.size()))[0]);
					LocalDate start = FIRST.plusDays(random.nextInt(calendarDays));
					trenchWindows.protecting(segment, start);
					trenchWindows.overlapping(segment, start, start.plusDays(random.nextInt(14)));
				});
		double[] quarter = timed(report, "street calendar, a quarter (TrenchWindows.onStreet)", requests, () -> {
			LocalDate from = FIRST.plusDays(random.nextInt(Math.max(1, calendarDays - 90)));
			trenchWindows.onStreet(new StreetCode(calendarStreets.get(random.nextInt(calendarStreets.size()))), from,
					from.plusDays(90));
		});
		report.add(String.format(Locale.ROOT,
				"p99 against the baseline's: conflict check %.1f×, street calendar %.1f×; goals: conflict check p99 <= 10 ms (%s), calendar p99 <= 20 ms (%s)",
				check[2] / inner[2], quarter[2] / inner[2], check[2] <= 10 ? "met" : "missed",
				quarter[2] <= 20 ? "met" : "missed"));
		report.add("");
		report.add("query plans (EXPLAIN ANALYZE): protection lookup, overlap lookup, calendar (as written, as JDBC binds it), "
				+ "a plan's windows; segment " + segmentCode(sample, 7) + ", street " + sample + ":");
		explain(report, """
				SELECT window_id FROM trench_window WHERE segment_code = '%s' AND status = 'COMPLETED'
				  AND protected_until >= DATE '%s' ORDER BY protected_until DESC LIMIT 1
				""".formatted(segmentCode(sample, 7), FIRST.plusDays(200)));
		explain(report, """
				SELECT window_id FROM trench_window WHERE segment_code = '%s'
				  AND period && daterange(DATE '%s', DATE '%s', '[]') AND status <> 'RELEASED' ORDER BY lower(period) LIMIT 1
				""".formatted(segmentCode(sample, 7), FIRST.plusDays(200), FIRST.plusDays(210)));
		explain(report, """
				SELECT window_id FROM trench_window WHERE street_code = '%s'
				  AND period && daterange(DATE '%s', DATE '%s', '[]') AND status <> 'RELEASED'
				  ORDER BY lower(period), segment_code
				""".formatted(sample, FIRST.plusDays(180), FIRST.plusDays(270)));
		// as the repository sends it: the street code bound as a JDBC string (varchar), not as the column's char(9)
		explain(report, """
				SELECT window_id FROM trench_window WHERE street_code = '%s'::varchar
				  AND period && daterange(DATE '%s', DATE '%s', '[]') AND status <> 'RELEASED'
				  ORDER BY lower(period), segment_code
				""".formatted(sample, FIRST.plusDays(180), FIRST.plusDays(270)));
		String plan = segments.get(segments.size() / 2)[1];
		explain(report, """
				SELECT window_id FROM trench_window
				WHERE window_id IN (SELECT window_id FROM window_participant WHERE project_id IN ('%1$s')
				                    UNION SELECT window_id FROM trench_window WHERE opened_for IN ('%1$s'))
				ORDER BY lower(period), segment_code
				""".formatted(plan));
		Path out = Path.of("target", "benchmarks", "pipeline-windows.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, report);
		report.forEach(System.out::println);
	}

	/**
	 * {@code windows} windows, {@code perSegment} on each of 20 segments of every street, 45 days apart and 5–24 days
	 * long (so never overlapping); the first third of a segment's windows completed (every third of those after an
	 * overhaul, protected 3 years), every tenth released, the rest scheduled; one draft plan per four windows.
	 */
	private void generateWindows(List<String> streets, int windows, int perSegment) {
		jdbc.sql("TRUNCATE works_inspection, works_report, window_participant, trench_window, plan_transition, "
				+ "part_item, utility_part, coordination_plan CASCADE").update();
		jdbc.sql("DROP TABLE IF EXISTS bench_window").update();
		jdbc.sql("""
				CREATE UNLOGGED TABLE bench_window AS
				SELECT n, street, segment, k, plan,
				       :first::date + k * 45 + (n % 15)::int AS start_day,
				       :first::date + k * 45 + (n % 15)::int + 4 + (n % 20)::int AS end_day,
				       CASE WHEN n % 10 = 0 THEN 'RELEASED' WHEN k < :perSegment / 3 THEN 'COMPLETED'
				            ELSE 'SCHEDULED' END AS status,
				       CASE WHEN k < :perSegment / 3 AND k % 3 = 0 THEN 'OVERHAUL' ELSE 'REINSTATEMENT' END AS road_work
				FROM (SELECT row_number() OVER (ORDER BY k, street, segment) AS n, street, segment, k,
				             md5(street || '-' || segment || '-' || (k / 4)::text)::uuid AS plan
				      FROM unnest(string_to_array(:streets, ',')) street
				      CROSS JOIN generate_series(1, :segments) segment
				      CROSS JOIN generate_series(0, :perSegment - 1) k) w
				WHERE n <= :windows
				""")
			.param("first", FIRST)
			.param("perSegment", perSegment)
			.param("streets", String.join(",", streets))
			.param("segments", SEGMENTS_PER_STREET)
			.param("windows", windows)
			.update();
		jdbc.sql("""
				INSERT INTO coordination_plan (project_id, community_id, community_name, district_code, street_code,
				    plan_year, scheme_version, overhead_lines_underground, status, version, drafted_at)
				SELECT DISTINCT ON (plan) plan, plan, '基准小区', left(street, 6), street, 2027, 1, false, 'DRAFTED', 1,
				       timestamp with time zone '2026-06-01 00:00:00+08'
				FROM bench_window ORDER BY plan
				""").update();
		jdbc.sql("""
				INSERT INTO utility_part (project_id, utility, operator_codes, status)
				SELECT project_id, utility, '{}', 'PENDING' FROM coordination_plan
				CROSS JOIN (VALUES ('WATER'), ('GAS')) u(utility)
				""").update();
		jdbc.sql("""
				INSERT INTO trench_window (window_id, segment_code, segment_name, street_code, period, status, road_work,
				    completed_on, protected_until, opened_for, opened_by, opened_at)
				SELECT md5('window-' || n)::uuid, street || '-S' || lpad(segment::text, 2, '0'), '基准路段' || segment, street,
				       daterange(start_day, end_day, '[]'), status, road_work,
				       CASE WHEN status = 'COMPLETED' THEN end_day END,
				       CASE WHEN status = 'COMPLETED' AND road_work = 'OVERHAUL' THEN (end_day + interval '3 years')::date END,
				       plan, 'bench', timestamp with time zone '2026-06-01 00:00:00+08'
				FROM bench_window
				""").update();
		jdbc.sql("""
				INSERT INTO window_participant (window_id, project_id, utility, role, stage, stage_on)
				SELECT md5('window-' || n)::uuid, plan, 'WATER', 'PRIMARY',
				       CASE WHEN status = 'COMPLETED' THEN 'REINSTATED_PERMANENT' ELSE 'NOT_STARTED' END,
				       CASE WHEN status = 'COMPLETED' THEN end_day END
				FROM bench_window
				""").update();
		jdbc.sql("DROP TABLE bench_window").update();
	}

	private static String segmentCode(String street, int segment) {
		return street + "-S" + (segment < 10 ? "0" : "") + segment;
	}

	/**
	 * p50, p95 and p99 in ms over {@code requests} calls after 100 warm-up calls, measured at the client, and a line of
	 * the report; a call answered other than {@code expected} stops the benchmark.
	 */
	private double[] latency(List<String> report, String what, int requests, Supplier<ResponseEntity<JsonNode>> call,
			int... expected) {
		long[] nanos = new long[requests];
		for (int i = 0; i < WARMUP + requests; i++) {
			long start = System.nanoTime();
			ResponseEntity<JsonNode> answer = call.get();
			long took = System.nanoTime() - start;
			int status = answer.getStatusCode().value();
			if (Arrays.stream(expected).noneMatch(code -> code == status)) {
				throw new IllegalStateException(what + ": " + status + " " + answer.getBody());
			}
			if (i >= WARMUP) {
				nanos[i - WARMUP] = took;
			}
		}
		Arrays.sort(nanos);
		double p50 = nanos[requests / 2] / 1e6;
		double p95 = nanos[requests * 95 / 100] / 1e6;
		double p99 = nanos[requests * 99 / 100] / 1e6;
		report.add(String.format(Locale.ROOT, "%s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms over %d calls",
				what, p50, p95, p99, nanos[requests - 1] / 1e6, requests));
		System.out.println(report.get(report.size() - 1));
		return new double[] { p50, p95, p99 };
	}

	/** As {@link #latency}, for a call inside the service. */
	private double[] timed(List<String> report, String what, int requests, Runnable call) {
		return latency(report, what, requests, () -> {
			call.run();
			return ResponseEntity.ok(null);
		}, 200);
	}

	private void explain(List<String> report, String sql) {
		report.add("");
		report.add(sql.strip());
		jdbc.sql("EXPLAIN (ANALYZE, COSTS OFF) " + sql).query(String.class).list().forEach(line -> report.add("  " + line));
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private long countWhere(String condition) {
		return jdbc.sql("SELECT count(*) FROM trench_window WHERE " + condition).query(Long.class).single();
	}

}
