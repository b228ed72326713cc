package cn.bjrenovation.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import cn.bjrenovation.democity.DemoCity;
import cn.bjrenovation.democity.Survey;
import cn.bjrenovation.localstack.DemoCityLoading.Outcome;
import cn.bjrenovation.localstack.DemoCityLoading.SurveyImport;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a stand-in for the gateway and housing-service that answers as the survey-import contract says
 * (202 + Location, then polled until COMPLETED or FAILED); the real endpoints are checked end to end elsewhere.
 */
class DemoCityLoadingTest {

	private static final int PART_BYTES = 8 * 1024;

	private static final Survey SURVEY = DemoCity.generate(60, 5);

	private final FakeHousing housing = new FakeHousing();

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	private DemoCityLoading loading;

	@BeforeEach
	void start() throws IOException {
		housing.start();
		loading = new DemoCityLoading(housing.url(), "housing-token", new PrintStream(printed, true, StandardCharsets.UTF_8),
				PART_BYTES, Duration.ofMillis(1));
	}

	@AfterEach
	void stop() {
		housing.stop();
	}

	@Test
	void loadsCommunitiesThenTheirBuildingsIntoAnEmptyDatabase() {
		Outcome outcome = loading.load(SURVEY);

		assertThat(outcome).as(output()).isEqualTo(Outcome.LOADED);
		List<String> kinds = housing.uploads.stream().map(Upload::kind).toList();
		assertThat(kinds).containsSubsequence("communities", "buildings");
		assertThat(kinds.lastIndexOf("communities")).isLessThan(kinds.indexOf("buildings"));
		assertThat(kinds.stream().filter("communities"::equals).count()).as("parts").isGreaterThan(1);
		for (Upload upload : housing.uploads) {
			assertThat(upload.contentType()).isEqualTo("text/csv; charset=utf-8");
			assertThat(upload.authorization()).isEqualTo("Bearer housing-token");
			assertThat(upload.body().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(PART_BYTES);
		}
		assertThat(uploaded("communities", Survey.COMMUNITIES_HEADER)).isEqualTo(rows(communitiesCsv()));
		assertThat(uploaded("buildings", Survey.BUILDINGS_HEADER)).isEqualTo(rows(buildingsCsv()));
		assertThat(output()).contains("communities.csv  60 imported, 0 already present, 0 rejected")
			.contains("buildings.csv    " + SURVEY.buildings().size() + " imported, 0 already present, 0 rejected");
	}

	@Test
	void keepsEveryCommunitysBuildingsInOnePart() {
		loading.load(SURVEY);

		Set<String> seen = new HashSet<>();
		for (Upload upload : housing.uploads) {
			if (upload.kind().equals("buildings")) {
				Set<String> inThisPart = new HashSet<>();
				for (String row : rows(upload.body())) {
					String[] fields = row.split(",");
					inThisPart.add(fields[0] + "/" + fields[1]);
				}
				Set<String> sentBefore = new HashSet<>(inThisPart);
				sentBefore.retainAll(seen);
				assertThat(sentBefore).as("communities whose buildings were split over parts").isEmpty();
				seen.addAll(inThisPart);
			}
		}
	}

	@Test
	void leavesADatabaseWithCommunitiesAlone() {
		housing.communitiesPage = "{\"items\":[{\"id\":\"5b1c\",\"name\":\"劲松北社区\"}],\"nextPageToken\":\"x\"}";

		assertThat(loading.load(SURVEY)).isEqualTo(Outcome.DATABASE_NOT_EMPTY);
		assertThat(housing.uploads).isEmpty();
		assertThat(output()).contains("already holds communities");
	}

	@Test
	void reportsRejectedRowsByTheirLineInTheWholeFile() {
		housing.rejectLine3OfPart = 2;

		assertThat(loading.load(SURVEY)).isEqualTo(Outcome.LOADED);
		int rowsInFirstPart = rows(housing.uploads.get(0).body()).size();
		assertThat(output()).contains("1 rejected")
			.contains("line " + (rowsInFirstPart + 3) + " buildYear: built in 2005");
	}

	@Test
	void failedCommunityImportIsReportedAndNoBuildingsAreSent() {
		housing.failKind = "communities";

		assertThat(loading.load(SURVEY)).isEqualTo(Outcome.FAILED);
		assertThat(housing.uploads).extracting(Upload::kind).containsOnly("communities").hasSize(1);
		assertThat(output()).contains("FAILED: database unavailable")
			.contains("Demo city NOT loaded")
			.contains("suite keeps running");
	}

	@Test
	void refusalIsReportedWithItsAnswer() {
		housing.listStatus = 403;
		housing.communitiesPage = "{\"operation\":\"housing.community.list\",\"detail\":\"HOUSING holds no duty\"}";

		assertThat(loading.load(SURVEY)).isEqualTo(Outcome.FAILED);
		assertThat(output()).contains("403").contains("HOUSING holds no duty").contains("Demo city NOT loaded");
	}

	@Test
	void gatewayThatDoesNotAnswerIsReported() {
		String url = housing.url();
		housing.stop();

		assertThat(loading.load(SURVEY)).isEqualTo(Outcome.FAILED);
		assertThat(output()).contains("the gateway at " + url + " does not answer");
	}

	@Test
	void readsTheSurveyImportContract() throws Exception {
		SurveyImport read = SurveyImport.parse("""
				{"id":"7f0c","status":"COMPLETED","totalRows":3,"processedRows":3,"importedRows":1,
				 "alreadyPresentRows":1,"rejectedRows":1,
				 "problems":[{"line":4,"field":"floorArea","reason":"buildings exceed the community's floor area"}]}""");

		assertThat(read.finished()).isTrue();
		assertThat(read.importedRows()).isEqualTo(1);
		assertThat(read.alreadyPresentRows()).isEqualTo(1);
		assertThat(read.rejectedRows()).isEqualTo(1);
		assertThat(read.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.describe(100))
				.isEqualTo("line 104 floorArea: buildings exceed the community's floor area"));
		assertThat(SurveyImport.parse("{\"id\":\"7f0c\",\"status\":\"RUNNING\"}").finished()).isFalse();
	}

	@Test
	void partsStayUnderTheLimitAndRepeatTheHeader() {
		List<DemoCityLoading.Part> parts = DemoCityLoading.parts("h",
				List.of(List.of("a\n"), List.of("b\n", "c\n"), List.of("d\n")), 6);

		assertThat(parts).extracting(DemoCityLoading.Part::csv).containsExactly("h\na\n", "h\nb\nc\n", "h\nd\n");
		assertThat(parts).extracting(DemoCityLoading.Part::rowsBefore).containsExactly(0, 1, 3);
	}

	private String output() {
		return printed.toString(StandardCharsets.UTF_8);
	}

	private List<String> uploaded(String kind, String header) {
		List<String> rows = new ArrayList<>();
		for (Upload upload : housing.uploads) {
			if (upload.kind().equals(kind)) {
				assertThat(upload.body()).startsWith(header + "\n");
				rows.addAll(rows(upload.body()));
			}
		}
		return rows;
	}

	/** The rows after the header (demo-city fields hold no line breaks). */
	private static List<String> rows(String csv) {
		List<String> lines = List.of(csv.split("\n"));
		return lines.subList(1, lines.size());
	}

	private static String communitiesCsv() {
		StringWriter out = new StringWriter();
		try {
			SURVEY.writeCommunities(out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	private static String buildingsCsv() {
		StringWriter out = new StringWriter();
		try {
			SURVEY.writeBuildings(out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	record Upload(String kind, String contentType, String authorization, String body) {
	}

	/** The gateway and housing-service's survey import as the contract describes them, in memory. */
	static final class FakeHousing {

		final List<Upload> uploads = Collections.synchronizedList(new ArrayList<>());

		volatile String communitiesPage = "{\"items\":[],\"nextPageToken\":null}";

		volatile int listStatus = 200;

		/** "communities" or "buildings": that kind's first import ends FAILED. */
		volatile String failKind;

		/** The n-th communities part (1-based) rejects its line 3. */
		volatile int rejectLine3OfPart;

		private final Map<String, Integer> polls = new ConcurrentHashMap<>();

		private final Map<String, Upload> imports = new ConcurrentHashMap<>();

		private final AtomicInteger ids = new AtomicInteger();

		private HttpServer server;

		void start() throws IOException {
			// without it the JDK's server answers each request ~40 ms late (Nagle meets delayed ACK)
			System.setProperty("sun.net.httpserver.nodelay", "true");
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/api/housing/communities", exchange -> respond(exchange, listStatus, communitiesPage));
			server.createContext("/api/housing/survey-imports/", this::surveyImports);
			server.start();
		}

		String url() {
			return "http://127.0.0.1:" + server.getAddress().getPort();
		}

		void stop() {
			server.stop(0);
		}

		private void surveyImports(HttpExchange exchange) throws IOException {
			String last = exchange.getRequestURI().getPath().substring("/api/housing/survey-imports/".length());
			if (exchange.getRequestMethod().equals("POST")) {
				Upload upload = new Upload(last, exchange.getRequestHeaders().getFirst("Content-Type"),
						exchange.getRequestHeaders().getFirst("Authorization"),
						new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				uploads.add(upload);
				String id = "import-" + ids.incrementAndGet();
				imports.put(id, upload);
				exchange.getResponseHeaders().set("Location", "/api/housing/survey-imports/" + id);
				respond(exchange, 202, state(id, upload, "PENDING"));
				return;
			}
			Upload upload = imports.get(last);
			if (upload == null) {
				respond(exchange, 404, "{}");
				return;
			}
			int poll = polls.merge(last, 1, Integer::sum);
			String status = poll < 2 ? "RUNNING" : upload.kind().equals(failKind) ? "FAILED" : "COMPLETED";
			respond(exchange, 200, state(last, upload, status));
		}

		private String state(String id, Upload upload, String status) {
			int rows = rows(upload.body()).size();
			boolean done = !status.equals("PENDING") && !status.equals("RUNNING");
			int partOfKind = 0;
			synchronized (uploads) {
				for (Upload earlier : uploads) {
					partOfKind += earlier.kind().equals(upload.kind()) ? 1 : 0;
					if (earlier == upload) {
						break;
					}
				}
			}
			boolean rejecting = done && upload.kind().equals("communities") && partOfKind == rejectLine3OfPart;
			String problems = rejecting ? "[{\"line\":3,\"field\":\"buildYear\",\"reason\":\"built in 2005\"}]" : "[]";
			int rejected = rejecting ? 1 : 0;
			return """
					{"id":"%s","status":"%s","totalRows":%d,"processedRows":%d,"importedRows":%d,"alreadyPresentRows":0,\
					"rejectedRows":%d,"failure":%s,"problems":%s}""".formatted(id, status, rows, done ? rows : 0,
					done && !status.equals("FAILED") ? rows - rejected : 0, rejected,
					status.equals("FAILED") ? "\"database unavailable\"" : "null", problems);
		}

		private static void respond(HttpExchange exchange, int status, String json) throws IOException {
			byte[] body = json.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}

	}

}
