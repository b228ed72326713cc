package cn.bjrenovation.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.bjrenovation.democity.Building;
import cn.bjrenovation.democity.Community;
import cn.bjrenovation.democity.Survey;
import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * Loads a demo city into the running suite the way a district's survey arrives: through the gateway, as
 * HOUSING, with housing-service's survey import — communities first, then their buildings — and only when
 * the community database is empty. Each file goes in parts that stay under the gateway's request-size limit
 * (1 MB by default), a community's buildings always in one part; every part is polled until it is
 * COMPLETED or FAILED. Whatever goes wrong is reported, never thrown: the suite keeps running.
 */
final class DemoCityLoading {

	/** How it ended. */
	enum Outcome {

		LOADED, DATABASE_NOT_EMPTY, FAILED

	}

	/** Under the gateway's default GATEWAY_MAX_REQUEST_SIZE of 1 MB, with room to spare. */
	static final int MAX_PART_BYTES = 768 * 1024;

	private static final Duration PART_DEADLINE = Duration.ofMinutes(10);

	private static final int PROBLEMS_SHOWN = 5;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final URI gateway;

	private final String housingToken;

	private final PrintStream out;

	private final int maxPartBytes;

	private final Duration pollInterval;

	DemoCityLoading(String gatewayUrl, String housingToken, PrintStream out) {
		this(gatewayUrl, housingToken, out, MAX_PART_BYTES, Duration.ofMillis(500));
	}

	DemoCityLoading(String gatewayUrl, String housingToken, PrintStream out, int maxPartBytes, Duration pollInterval) {
		this.gateway = URI.create(gatewayUrl);
		this.housingToken = housingToken;
		this.out = out;
		this.maxPartBytes = maxPartBytes;
		this.pollInterval = pollInterval;
	}

	Outcome load(Survey survey) {
		try {
			if (!databaseIsEmpty()) {
				out.println("Demo city: the community database already holds communities; nothing loaded.");
				return Outcome.DATABASE_NOT_EMPTY;
			}
			out.printf(Locale.ROOT, "Loading the demo city: %d communities, %d buildings ...%n", survey.communities().size(),
					survey.buildings().size());
			List<List<String>> communityRows = new ArrayList<>();
			for (Community community : survey.communities()) {
				communityRows.add(List.of(Survey.row(community)));
			}
			if (!importFile("communities", Survey.COMMUNITIES_FILE, parts(Survey.COMMUNITIES_HEADER, communityRows, maxPartBytes))) {
				return failed("the communities were not imported, so their buildings were not sent");
			}
			if (!importFile("buildings", Survey.BUILDINGS_FILE,
					parts(Survey.BUILDINGS_HEADER, buildingsByCommunity(survey.buildings()), maxPartBytes))) {
				return failed("the buildings were not all imported");
			}
			return Outcome.LOADED;
		}
		catch (IOException | LoadRefused ex) {
			return failed(ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return failed("interrupted");
		}
	}

	private Outcome failed(String reason) {
		out.println("Demo city NOT loaded: " + reason + ". The suite keeps running; restart it to try again, "
				+ "or start it with " + DemoCitySetting.OPTION + ".");
		return Outcome.FAILED;
	}

	private boolean databaseIsEmpty() throws IOException, InterruptedException, LoadRefused {
		HttpResponse<String> response = send(request("/api/housing/communities?pageSize=1").GET().build());
		expect(response, 200);
		List<Object> items = json(response, body -> JSONObjectUtils.getJSONArray(body, "items"));
		if (items == null) {
			throw new LoadRefused("GET /api/housing/communities answered without \"items\": " + abbreviated(response.body()));
		}
		return items.isEmpty();
	}

	/** Imports every part of one file and prints one line for it; true when every part completed. */
	private boolean importFile(String kind, String file, List<Part> parts)
			throws IOException, InterruptedException, LoadRefused {
		long began = System.nanoTime();
		long imported = 0;
		long alreadyPresent = 0;
		long rejected = 0;
		List<String> problems = new ArrayList<>();
		boolean completed = true;
		for (Part part : parts) {
			SurveyImport result = importPart(kind, part);
			imported += result.importedRows();
			alreadyPresent += result.alreadyPresentRows();
			rejected += result.rejectedRows();
			for (Problem problem : result.problems()) {
				problems.add(problem.describe(part.rowsBefore()));
			}
			if (!result.status().equals("COMPLETED")) {
				problems.add("import " + result.id() + " " + result.status()
						+ (result.failure() == null ? "" : ": " + result.failure()));
				completed = false;
				break;
			}
		}
		out.printf(Locale.ROOT, "  %-16s %d imported, %d already present, %d rejected (%.1f s%s)%n", file, imported,
				alreadyPresent, rejected, (System.nanoTime() - began) / 1e9, parts.size() > 1 ? ", " + parts.size() + " parts" : "");
		problems.stream().limit(PROBLEMS_SHOWN).forEach(problem -> out.println("    " + problem));
		if (problems.size() > PROBLEMS_SHOWN) {
			out.println("    ... and " + (problems.size() - PROBLEMS_SHOWN) + " more");
		}
		return completed;
	}

	private SurveyImport importPart(String kind, Part part) throws IOException, InterruptedException, LoadRefused {
		String path = "/api/housing/survey-imports/" + kind;
		HttpResponse<String> accepted = send(request(path).header("Content-Type", "text/csv; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(part.csv(), StandardCharsets.UTF_8))
			.build());
		expect(accepted, 202);
		String location = accepted.headers()
			.firstValue("Location")
			.orElseThrow(() -> new LoadRefused("POST " + path + " answered 202 without a Location"));
		URI status = gateway.resolve(location);
		Instant deadline = Instant.now().plus(PART_DEADLINE);
		SurveyImport progress = SurveyImport.parse(accepted.body());
		while (!progress.finished()) {
			if (Instant.now().isAfter(deadline)) {
				throw new LoadRefused("import " + status.getPath() + " still " + progress.status() + " after "
						+ PART_DEADLINE.toMinutes() + " min");
			}
			Thread.sleep(pollInterval.toMillis());
			HttpResponse<String> polled = send(HttpRequest.newBuilder(status)
				.header("Authorization", "Bearer " + housingToken)
				.timeout(Duration.ofSeconds(30))
				.GET()
				.build());
			if (polled.statusCode() != 429) {
				expect(polled, 200);
				progress = SurveyImport.parse(polled.body());
			}
		}
		return progress;
	}

	private HttpRequest.Builder request(String pathAndQuery) {
		return HttpRequest.newBuilder(gateway.resolve(pathAndQuery))
			.header("Authorization", "Bearer " + housingToken)
			.timeout(Duration.ofMinutes(2));
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IOException("the gateway at " + gateway + " does not answer " + request.method() + " "
					+ request.uri().getPath() + " (" + ex + ")", ex);
		}
	}

	private static void expect(HttpResponse<String> response, int status) throws LoadRefused {
		if (response.statusCode() != status) {
			throw new LoadRefused(response.request().method() + " " + response.request().uri().getPath() + " answered "
					+ response.statusCode() + " instead of " + status + ": " + abbreviated(response.body()));
		}
	}

	private interface JsonRead<T> {

		T read(Map<String, Object> body) throws ParseException;

	}

	private static <T> T json(HttpResponse<String> response, JsonRead<T> read) throws LoadRefused {
		try {
			return read.read(JSONObjectUtils.parse(response.body()));
		}
		catch (ParseException ex) {
			throw new LoadRefused("unreadable answer to " + response.request().uri().getPath() + ": " + ex.getMessage()
					+ ": " + abbreviated(response.body()));
		}
	}

	private static String abbreviated(String body) {
		String flat = body.replaceAll("\\s+", " ").trim();
		return flat.length() <= 300 ? flat : flat.substring(0, 300) + " ...";
	}

	/** The building rows, one group per community (rows of one community are adjacent in a survey). */
	static List<List<String>> buildingsByCommunity(List<Building> buildings) {
		List<List<String>> groups = new ArrayList<>();
		Building previous = null;
		for (Building building : buildings) {
			if (previous == null || !previous.streetCode().equals(building.streetCode())
					|| !previous.communityName().equals(building.communityName())) {
				groups.add(new ArrayList<>());
			}
			groups.get(groups.size() - 1).add(Survey.row(building));
			previous = building;
		}
		return groups;
	}

	/** A file's rows cut into CSV documents of at most {@code maxBytes} (UTF-8), each with the header; groups stay whole. */
	static List<Part> parts(String header, List<List<String>> groups, int maxBytes) {
		List<Part> parts = new ArrayList<>();
		int headerBytes = header.getBytes(StandardCharsets.UTF_8).length + 1;
		StringBuilder csv = new StringBuilder(header).append('\n');
		int bytes = headerBytes;
		int rows = 0;
		int rowsBefore = 0;
		for (List<String> group : groups) {
			int groupBytes = 0;
			for (String row : group) {
				groupBytes += row.getBytes(StandardCharsets.UTF_8).length;
			}
			if (rows > 0 && bytes + groupBytes > maxBytes) {
				parts.add(new Part(csv.toString(), rowsBefore, rows));
				rowsBefore += rows;
				csv.setLength(0);
				csv.append(header).append('\n');
				bytes = headerBytes;
				rows = 0;
			}
			group.forEach(csv::append);
			bytes += groupBytes;
			rows += group.size();
		}
		if (rows > 0) {
			parts.add(new Part(csv.toString(), rowsBefore, rows));
		}
		return parts;
	}

	/**
	 * One request's CSV document.
	 * @param rowsBefore rows of the file in earlier parts: a problem on line n of this part is on line n + rowsBefore of the file
	 */
	record Part(String csv, int rowsBefore, int rows) {
	}

	/** housing-service's answer about one survey import. */
	record SurveyImport(String id, String status, long totalRows, long processedRows, long importedRows,
			long alreadyPresentRows, long rejectedRows, String failure, List<Problem> problems) {

		boolean finished() {
			return status.equals("COMPLETED") || status.equals("FAILED");
		}

		static SurveyImport parse(String json) throws LoadRefused {
			try {
				Map<String, Object> body = JSONObjectUtils.parse(json);
				String status = JSONObjectUtils.getString(body, "status");
				if (status == null) {
					throw new ParseException("no status", 0);
				}
				List<Problem> problems = new ArrayList<>();
				Map<String, Object>[] listed = JSONObjectUtils.getJSONObjectArray(body, "problems");
				for (Map<String, Object> problem : listed == null ? List.<Map<String, Object>>of() : List.of(listed)) {
					Number line = (Number) problem.get("line");
					problems.add(new Problem(line == null ? null : line.longValue(),
							JSONObjectUtils.getString(problem, "field"), JSONObjectUtils.getString(problem, "reason")));
				}
				return new SurveyImport(String.valueOf(body.get("id")), status, count(body, "totalRows"),
						count(body, "processedRows"), count(body, "importedRows"), count(body, "alreadyPresentRows"),
						count(body, "rejectedRows"), JSONObjectUtils.getString(body, "failure"), problems);
			}
			catch (ParseException | ClassCastException ex) {
				throw new LoadRefused("unreadable survey import: " + ex.getMessage() + ": " + abbreviated(json));
			}
		}

		private static long count(Map<String, Object> body, String name) {
			return body.get(name) instanceof Number number ? number.longValue() : 0;
		}

	}

	/** A rejected row: its line (1 is the header), the field at fault if one is, and why. */
	record Problem(Long line, String field, String reason) {

		String describe(int rowsBefore) {
			return (line == null ? "" : "line " + (line + rowsBefore) + " ") + (field == null ? "" : field + ": ") + reason;
		}

	}

	/** The suite answered, but not as the survey-import contract says. */
	static final class LoadRefused extends Exception {

		LoadRefused(String message) {
			super(message);
		}

	}

}
