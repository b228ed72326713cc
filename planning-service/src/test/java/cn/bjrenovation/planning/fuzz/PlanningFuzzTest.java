package cn.bjrenovation.planning.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.bjrenovation.fixtures.housing.HousingEvents;
import cn.bjrenovation.fixtures.housing.HousingProjectEvents;
import cn.bjrenovation.housing.v1.ProjectSnapshot;
import cn.bjrenovation.housing.v1.ProjectStatus;
import cn.bjrenovation.planning.v1.DesignCaseFilter;
import cn.bjrenovation.planning.v1.DesignServiceGrpc;
import cn.bjrenovation.planning.v1.DownloadAttachmentRequest;
import cn.bjrenovation.planning.v1.GetDesignCaseRequest;
import cn.bjrenovation.planning.v1.GetResponsiblePlannerRequest;
import cn.bjrenovation.planning.v1.ListDesignCasesRequest;
import cn.bjrenovation.planning.v1.PlannerServiceGrpc;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import cn.bjrenovation.platform.testing.fuzz.EventFuzz;
import cn.bjrenovation.platform.testing.fuzz.FuzzRun;
import cn.bjrenovation.platform.testing.fuzz.GrpcFuzz;
import cn.bjrenovation.platform.testing.fuzz.Oddities;
import cn.bjrenovation.platform.testing.fuzz.RawHttp;
import cn.bjrenovation.platform.testing.fuzz.RestFuzz;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * planning-service's REST operations (design cases and illegal constructions among them, the raw-body attachment
 * upload too: odd content types, file names, kinds and bodies, on a case that takes attachments and on no case) and
 * its gRPC methods, fuzzed: no 5xx or INTERNAL/UNKNOWN, refusals that name the field, nothing written for a refused
 * request. Uploads declaring a length they do not send (or one far beyond the limit) go over a socket of their own,
 * as no HTTP client lets its caller declare the length.
 */
@ServiceTest
@TestPropertySource(properties = { "renovation.events.retry-interval=10ms", "spring.kafka.consumer.fetch-max-wait=10ms" })
class PlanningFuzzTest {

	private static final String PLANNING = TestInfrastructure.token("PLANNING");

	private static final String PLANNER = TestInfrastructure.token("PLANNER", "street", "110105017");

	private static final String CASES = "/api/planning/design-cases/";

	private static final List<String> STREETS = List.of("110105017", "110105001", "110108001");

	@Autowired
	LocalGrpc grpc;

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void restBodiesAndParameters() {
		String attachable = attachableCase();
		FuzzRun run = FuzzRun.start("planning REST");
		RestFuzz.run(run, new RawHttp(port), List.of(
				new RestFuzz.Operation("planning.design.attachment.upload", PLANNER, r -> upload(r, attachable)),
				new RestFuzz.Operation("planning.planner.assign", PLANNING,
						r -> RestFuzz.json(r, "PUT", "/api/planning/streets/" + Oddities.pathSegment(r, STREETS) + "/planner",
								Oddities.jsonBody(r, planner(r)))),
				new RestFuzz.Operation("planning.planner.read", PLANNING,
						r -> RestFuzz.get("/api/planning/streets/" + Oddities.pathSegment(r, STREETS) + "/planner"
								+ Oddities.query(r))),
				new RestFuzz.Operation("planning.community.read", PLANNING,
						r -> RestFuzz.get("/api/planning/communities/" + Oddities.pathSegment(r, List.of()) + Oddities.query(r))),
				new RestFuzz.Operation("planning.design.read", PLANNING,
						r -> RestFuzz.get(CASES + Oddities.pathSegment(r, List.of()) + Oddities.query(r))),
				new RestFuzz.Operation("planning.design.list", PLANNING,
						r -> RestFuzz.get("/api/planning/design-cases"
								+ Oddities.query(r, "districtCode", "streetCode", "status", "pageSize", "pageToken"))),
				new RestFuzz.Operation("planning.design.attachment.download", PLANNING,
						r -> RestFuzz.get(CASES + Oddities.pathSegment(r, List.of()) + "/attachments/"
								+ Oddities.pathSegment(r, List.of()))),
				new RestFuzz.Operation("planning.design.opinions.record", PLANNER,
						r -> RestFuzz.json(r, "POST", CASES + Oddities.pathSegment(r, List.of()) + "/opinions",
								Oddities.jsonBody(r, opinions(r)))),
				new RestFuzz.Operation("planning.design.submit", PLANNER,
						r -> RestFuzz.json(r, "POST", CASES + Oddities.pathSegment(r, List.of()) + "/schemes",
								Oddities.jsonBody(r, scheme()))),
				new RestFuzz.Operation("planning.design.review", PLANNING,
						r -> RestFuzz.json(r, "POST", CASES + Oddities.pathSegment(r, List.of()) + "/review",
								Oddities.jsonBody(r, review()))),
				new RestFuzz.Operation("planning.design.permits.determine", PLANNING,
						r -> RestFuzz.json(r, "PUT", CASES + Oddities.pathSegment(r, List.of()) + "/permits",
								Oddities.jsonBody(r, permits()))),
				new RestFuzz.Operation("planning.design.evaluate", PLANNER,
						r -> RestFuzz.json(r, "PUT", CASES + Oddities.pathSegment(r, List.of()) + "/evaluation",
								Oddities.jsonBody(r, Map.of("rating", "4", "findings", Oddities.quote("效果良好"))))),
				new RestFuzz.Operation("planning.illegal-construction.determine", PLANNING,
						r -> RestFuzz.json(r, "POST", "/api/planning/communities/" + Oddities.pathSegment(r, List.of())
								+ "/illegal-constructions", Oddities.jsonBody(r, determination()))),
				new RestFuzz.Operation("planning.illegal-construction.list", PLANNING,
						r -> RestFuzz.get("/api/planning/communities/" + Oddities.pathSegment(r, List.of())
								+ "/illegal-constructions" + Oddities.query(r))),
				new RestFuzz.Operation("planning.illegal-construction.resolve", PLANNING,
						r -> RestFuzz.json(r, "POST", "/api/planning/illegal-constructions/"
								+ Oddities.pathSegment(r, List.of()) + "/resolution",
								Oddities.jsonBody(r, Map.of("resolution", Oddities.quote("已拆除")))))),
				jdbc, List.of("community_view", "responsible_planner", "planner_assignment", "design_case",
						"design_case_transition", "opinion_collection", "design_attachment", "design_scheme",
						"design_item", "review_comment", "item_permit", "illegal_construction",
						"post_renovation_evaluation"));
		run.finish();
	}

	/**
	 * Uploads whose declared {@code Content-Length} is not what they send: far beyond the limit (refused before the body
	 * is read, with 413) or more than they send (the connection ends first). No 5xx, a refusal as problem+json, no row.
	 */
	@Test
	void attachmentUploadsDeclaringOddLengths() {
		String attachable = attachableCase();
		FuzzRun run = FuzzRun.start("planning REST (attachment lengths)");
		run.count("5xx seen", 0);
		run.count("rows written by refused requests", 0);
		List<String> tables = List.of("design_case", "design_attachment", "design_case_transition");
		Map<String, String> before = RestFuzz.fingerprint(jdbc, tables);
		int tries = Math.max(20, run.tries() / 100);
		for (int i = 0; i < tries; i++) {
			java.util.SplittableRandom r = run.input(i);
			RawHttp.Request request = upload(r, attachable);
			byte[] body = request.body() == null ? new byte[0] : request.body();
			long declared = switch (r.nextInt(4)) {
				case 0 -> Long.MAX_VALUE;
				case 1 -> 1L << 40;
				case 2 -> 20L * 1024 * 1024 + 1 + r.nextInt(1000);
				default -> body.length + 1 + r.nextInt(100_000);
			};
			RawHttp.Answer answer = declaring(request, declared);
			run.count("inputs tried");
			if (answer.status() < 0 && declared <= 20L * 1024 * 1024) {
				// declared more than it sent, within the limit: the server waits for the rest and may drop the request
				// once the client ends its side, as it may any incomplete request; only a declared size beyond the limit
				// must be answered (413) before the body is read
				run.count("incomplete requests left unanswered (not judged)");
				continue;
			}
			if (answer.status() == 0) {
				// closed by the server before the whole body was sent, its answer lost with it: not judged
				run.count("connections closed while sending (not judged)");
				continue;
			}
			if (answer.status() >= 500) {
				run.count("5xx seen");
			}
			if (answer.status() >= 400) {
				run.count("refusals (4xx)");
			}
			String shown = "#" + i + " Content-Length " + declared + " " + request;
			for (String wrong : RawHttp.judge(answer)) {
				run.finding("planning.design.attachment.upload POST: " + wrong, shown, answer.toString());
			}
			if (answer.status() >= 200 && answer.status() < 300) {
				run.finding("upload accepted though it sent less than it declared", shown, answer.toString());
			}
			Map<String, String> after = RestFuzz.fingerprint(jdbc, tables);
			if (!after.equals(before)) {
				run.count("rows written by refused requests");
				run.finding("planning.design.attachment.upload: refused with " + answer.status() + " but wrote", shown,
						answer.toString());
			}
			before = after;
		}
		run.finish();
	}

	/** A case on a street of its own whose planner is the PLANNER tokens' subject, open: it takes attachments. */
	private String attachableCase() {
		String street = HousingEvents.uniqueStreet("110105");
		RawHttp.Answer assigned = new RawHttp(port).send(PLANNING, new RawHttp.Request("PUT",
				"/api/planning/streets/" + street + "/planner", "application/json",
				"{\"plannerSubject\":\"dev-planner\",\"plannerName\":\"李规划\"}".getBytes(StandardCharsets.UTF_8)));
		if (assigned.status() != 200) {
			throw new IllegalStateException("could not assign the street's planner: " + assigned);
		}
		ProjectSnapshot planned = HousingProjectEvents.moved(HousingProjectEvents.moved(
				HousingProjectEvents.applied(UUID.randomUUID().toString(), street, List.of(HousingProjectEvents.WATER_SUPPLY)),
				ProjectStatus.RESERVED, null), ProjectStatus.PLANNED, 2026);
		HousingProjectEvents.publish(HousingProjectEvents.projectPlanned(UUID.randomUUID().toString(), planned));
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql("SELECT count(*) FROM design_case WHERE project_id = :id AND status = 'OPEN'")
				.param("id", UUID.fromString(planned.getProjectId()))
				.query(Long.class)
				.single() == 1);
		return planned.getProjectId();
	}

	private static final String[] UPLOAD_TYPES = { "application/pdf", "image/png", "image/jpeg", "image/vnd.dwg",
			"image/vnd.dxf", "application/acad", "application/dxf", "application/octet-stream", "application/json",
			"text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "image/*", "*/*", "",
			"garbage", "image/png; charset=utf-8", "IMAGE/PNG", "application/pdf, image/png", "application/pdf\u0000",
			"image/png;;;", "application/%00pdf", "名/字" };

	/**
	 * An upload to the case (mostly) or to an odd id: kind and file name odd or missing (NULs, paths, CRLF, 256
	 * characters, Chinese), the declared type any of the accepted ones or none of them, the body empty, of one accepted
	 * type with the signature of another, with a signature cut short, garbage, or a good small file.
	 */
	private static RawHttp.Request upload(java.util.SplittableRandom r, String project) {
		String id = r.nextInt(10) < 7 ? project : Oddities.pathSegment(r, List.of(project));
		StringBuilder query = new StringBuilder();
		if (r.nextInt(5) > 0) {
			query.append(query.length() == 0 ? '?' : '&').append("kind=").append(r.nextBoolean()
					? Oddities.pick(r, new String[] { "DRAWING", "MINUTES", "OTHER_DOCUMENT", "drawing" })
					: Oddities.queryValue(r));
		}
		if (r.nextInt(5) > 0) {
			query.append(query.length() == 0 ? '?' : '&').append("fileName=").append(switch (r.nextInt(6)) {
				case 0 -> "drawing.pdf";
				case 1 -> Oddities.pick(r, new String[] { "a%00.pdf", "..%2F..%2Fetc%2Fpasswd", "C%3A%5Cboot.ini",
						"%0d%0aX-Injected%3A%201.pdf", "%E5%9B%BE%E7%BA%B8.dwg", "%20", "", "%ff.pdf", ".", "..",
						"x".repeat(256), "%E5%90%8D".repeat(200), "a%2Fb.pdf", "%EF%BC%8F.pdf", "%00" });
				default -> Oddities.queryValue(r);
			});
		}
		if (r.nextInt(10) == 0) {
			query.append(query.length() == 0 ? '?' : '&').append(Oddities.query(r, "kind", "fileName").replace("?", ""));
		}
		String type = r.nextInt(3) == 0 ? null : Oddities.pick(r, UPLOAD_TYPES);
		return new RawHttp.Request("POST", CASES + id + "/attachments" + query, type, content(r));
	}

	private static final byte[][] SIGNATURES = { "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
			{ (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0 },
			"AC1032".getBytes(StandardCharsets.US_ASCII), "  0\r\nSECTION\r\n".getBytes(StandardCharsets.US_ASCII) };

	private static byte[] content(java.util.SplittableRandom r) {
		switch (r.nextInt(7)) {
			case 0:
				return new byte[0];
			case 1: { // a signature cut short
				byte[] signature = Oddities.pick(r, SIGNATURES);
				return java.util.Arrays.copyOf(signature, r.nextInt(signature.length));
			}
			case 2: // garbage
				return EventFuzz.garbage(r);
			case 3: { // NULs, a BOM or text before a signature
				byte[] prefix = Oddities.pick(r, new byte[][] { { 0 }, { (byte) 0xef, (byte) 0xbb, (byte) 0xbf }, " ".getBytes(),
						"\n".getBytes() });
				byte[] signature = Oddities.pick(r, SIGNATURES);
				byte[] body = new byte[prefix.length + signature.length + r.nextInt(200)];
				System.arraycopy(prefix, 0, body, 0, prefix.length);
				System.arraycopy(signature, 0, body, prefix.length, signature.length);
				return body;
			}
			default: { // a signature and some bytes: a small file of that type
				byte[] signature = Oddities.pick(r, SIGNATURES);
				byte[] body = new byte[signature.length + r.nextInt(4_000)];
				for (int i = signature.length; i < body.length; i++) {
					body[i] = (byte) r.nextInt(256);
				}
				System.arraycopy(signature, 0, body, 0, signature.length);
				return body;
			}
		}
	}

	/**
	 * Sends the request over a socket of its own, declaring {@code length} bytes but sending only its body, then ends
	 * its side of the connection; the answer as {@link RawHttp} would give it.
	 */
	private RawHttp.Answer declaring(RawHttp.Request request, long length) {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
			socket.setSoTimeout(60_000);
			StringBuilder head = new StringBuilder();
			head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n")
				.append("Host: 127.0.0.1:").append(port).append("\r\n")
				.append("Authorization: Bearer ").append(PLANNER).append("\r\n")
				.append("Accept: application/json, application/problem+json\r\n")
				.append("Connection: close\r\n")
				.append("Content-Length: ").append(length).append("\r\n");
			if (request.contentType() != null) {
				head.append("Content-Type: ").append(request.contentType().replace("\u0000", "")).append("\r\n");
			}
			head.append("\r\n");
			java.io.OutputStream out = socket.getOutputStream();
			try {
				out.write(head.toString().getBytes(StandardCharsets.UTF_8));
				if (request.body() != null) {
					out.write(request.body());
				}
				out.flush();
				socket.shutdownOutput();
			}
			catch (java.net.SocketException cut) {
				// the server answered before the body was read and closed: its answer may still be there to read
				try {
					return parse(socket.getInputStream().readAllBytes());
				}
				catch (java.io.IOException gone) {
					return new RawHttp.Answer(0, null, "connection closed while the body was sent: " + cut);
				}
			}
			return parse(socket.getInputStream().readAllBytes());
		}
		catch (java.io.IOException ex) {
			return new RawHttp.Answer(-1, null, "no answer: " + ex);
		}
	}

	private static RawHttp.Answer parse(byte[] response) {
		String text = new String(response, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (!text.startsWith("HTTP/1.1 ") || end < 0) {
			return new RawHttp.Answer(-1, null, "no answer: " + FuzzRun.clip(text));
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].substring(9, 12));
		String contentType = null;
		boolean chunked = false;
		for (String line : lines) {
			String lower = line.toLowerCase(java.util.Locale.ROOT);
			if (lower.startsWith("content-type:")) {
				contentType = line.substring(13).strip();
			}
			if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
		}
		byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
		if (chunked) {
			java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
			int at = 0;
			while (at < body.length) {
				int lineEnd = new String(body, at, body.length - at, StandardCharsets.ISO_8859_1).indexOf("\r\n");
				if (lineEnd < 0) {
					break;
				}
				int size = Integer.parseInt(new String(body, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
				if (size == 0) {
					break;
				}
				at += lineEnd + 2;
				whole.write(body, at, Math.min(size, body.length - at));
				at += size + 2;
			}
			body = whole.toByteArray();
		}
		return new RawHttp.Answer(status, contentType, new String(body, StandardCharsets.UTF_8));
	}

	@Test
	void grpcRequests() {
		PlannerServiceGrpc.PlannerServiceBlockingStub stub = PlannerServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(PLANNING));
		FuzzRun run = FuzzRun.start("planning gRPC");
		DesignServiceGrpc.DesignServiceBlockingStub designs = DesignServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(PLANNING));
		String someId = UUID.randomUUID().toString();
		GrpcFuzz.run(run, List.of(new GrpcFuzz.Method<>("PlannerService/GetResponsiblePlanner",
				r -> GetResponsiblePlannerRequest.newBuilder()
					.setStreetCode(GrpcFuzz.text(r, STREETS.toArray(String[]::new)))
					.build(),
				stub::getResponsiblePlanner),
				new GrpcFuzz.Method<>("DesignService/GetDesignCase",
						r -> GetDesignCaseRequest.newBuilder().setProjectId(GrpcFuzz.text(r, someId)).build(),
						designs::getDesignCase),
				new GrpcFuzz.Method<>("DesignService/ListDesignCases",
						r -> ListDesignCasesRequest.newBuilder()
							.setFilter(DesignCaseFilter.newBuilder()
								.setStreetCode(GrpcFuzz.text(r, STREETS.toArray(String[]::new)))
								.setDistrictCode(GrpcFuzz.text(r, "110105", ""))
								.setStatusValue(GrpcFuzz.integer(r)))
							.setPageSize(GrpcFuzz.integer(r))
							.setPageToken(GrpcFuzz.text(r, "", someId))
							.build(),
						designs::listDesignCases),
				new GrpcFuzz.Method<>("DesignService/DownloadAttachment",
						r -> DownloadAttachmentRequest.newBuilder()
							.setProjectId(GrpcFuzz.text(r, someId))
							.setAttachmentId(GrpcFuzz.text(r, someId))
							.build(),
						request -> {
							designs.downloadAttachment(request).forEachRemaining(chunk -> {
							});
							return null;
						})));
		run.finish();
	}

	static UUID uuid(String id) {
		try {
			UUID uuid = UUID.fromString(id);
			return uuid.toString().equals(id) ? uuid : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Map<String, String> opinions(java.util.SplittableRandom r) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("method", Oddities.quote("MEETING"));
		body.put("collectedFrom", Oddities.quote("2026-01-10"));
		body.put("collectedTo", Oddities.quote("2026-01-12"));
		body.put("participants", String.valueOf(1 + r.nextInt(200)));
		body.put("requests", "[" + Oddities.quote("更换燃气管道") + "]");
		return body;
	}

	private static Map<String, String> scheme() {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("items", "[{\"catalogueCode\":\"GAS_SUPPLY\",\"quantity\":1200,\"unit\":\"米\",\"estimatedCostFen\":100}]");
		body.put("changesLandRights", "false");
		body.put("changesPlanningConditions", "false");
		body.put("summary", Oddities.quote("燃气管线更新"));
		body.put("attachmentIds", "[]");
		return body;
	}

	private static Map<String, String> review() {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("decision", Oddities.quote("RETURN"));
		body.put("comments", "[{\"part\":\"item:GAS_SUPPLY\",\"text\":\"管径不足\"}]");
		return body;
	}

	private static Map<String, String> permits() {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("permits", "[{\"catalogueCode\":\"GAS_SUPPLY\",\"determination\":\"NONE\",\"reason\":\"无\"}]");
		body.put("checks", "[]");
		return body;
	}

	private static Map<String, String> determination() {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("what", Oddities.quote("加建彩钢房"));
		body.put("location", Oddities.quote("3号楼南侧"));
		body.put("decision", Oddities.quote("DEMOLISH"));
		return body;
	}

	private static Map<String, String> planner(java.util.SplittableRandom r) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("plannerSubject", Oddities.quote("planner-" + r.nextInt(100)));
		body.put("plannerName", Oddities.quote("王规划"));
		return body;
	}

}
