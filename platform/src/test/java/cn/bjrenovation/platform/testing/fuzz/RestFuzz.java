package cn.bjrenovation.platform.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The REST family's loop: each input picks an operation, which generates a request with odd body, parameters or
 * path variables; the answer is judged ({@link RawHttp#judge}) and, for a refusal, the service's tables must be
 * exactly as before (row counts and the newest row version, {@code xmin}, of each table).
 */
public final class RestFuzz {

	/** One REST operation of the policy and how to make odd requests to it, with a token holding its duty. */
	public record Operation(String id, String token, Function<SplittableRandom, RawHttp.Request> request) {
	}

	private static final String[] ODD_CONTENT_TYPES = { null, "text/plain", "application/xml", "text/csv",
			"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=gbk",
			"application/json; charset=utf-16", "application/*", "*/*", "application/json-patch+json", "garbage",
			"application/problem+json" };

	private RestFuzz() {
	}

	/** A JSON request body: mostly as JSON, sometimes with an odd Content-Type or bytes that are not UTF-8. */
	public static RawHttp.Request json(SplittableRandom random, String method, String target, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		if (random.nextInt(30) == 0) {
			bytes = withInvalidUtf8(random, bytes);
		}
		String contentType = random.nextInt(12) == 0 ? Oddities.pick(random, ODD_CONTENT_TYPES) : "application/json";
		return new RawHttp.Request(method, target, contentType, bytes);
	}

	public static byte[] withInvalidUtf8(SplittableRandom random, byte[] bytes) {
		byte[][] bad = { { (byte) 0xff }, { (byte) 0xc3, 0x28 }, { (byte) 0xe4, (byte) 0xb8 }, { (byte) 0xed, (byte) 0xa0, (byte) 0x80 },
				{ (byte) 0xc0, (byte) 0xaf }, { (byte) 0xd6, (byte) 0xd0, (byte) 0xce, (byte) 0xc4 } };
		byte[] insert = bad[random.nextInt(bad.length)];
		int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
		byte[] mixed = new byte[bytes.length + insert.length];
		System.arraycopy(bytes, 0, mixed, 0, at);
		System.arraycopy(insert, 0, mixed, at, insert.length);
		System.arraycopy(bytes, at, mixed, at + insert.length, bytes.length - at);
		return mixed;
	}

	public static RawHttp.Request get(String target) {
		return new RawHttp.Request("GET", target, null, null);
	}

	/** A valid body as field → JSON text, for {@link Oddities#jsonBody}. */
	public static Map<String, String> jsonFields(Map<String, ?> body) {
		Map<String, String> fields = new LinkedHashMap<>();
		body.forEach((name, value) -> fields.put(name, value == null ? "null"
				: value instanceof String text ? Oddities.quote(text) : String.valueOf(value)));
		return fields;
	}

	/**
	 * The state of the service's tables: per table its row count and newest row version ({@code xmin}), so an
	 * insert, update or delete shows.
	 */
	public static Map<String, String> fingerprint(JdbcClient jdbc, List<String> tables) {
		StringBuilder sql = new StringBuilder();
		for (String table : tables) {
			if (sql.length() > 0) {
				sql.append(" UNION ALL ");
			}
			sql.append("SELECT '").append(table).append("' AS t, count(*) || '/' || coalesce(max(xmin::text::bigint), 0) AS f FROM ")
				.append(table);
		}
		Map<String, String> state = new LinkedHashMap<>();
		jdbc.sql(sql.toString()).query((rs, n) -> state.put(rs.getString(1), rs.getString(2))).list();
		return state;
	}

	public static void run(FuzzRun run, RawHttp http, List<Operation> operations, JdbcClient jdbc, List<String> tables) {
		run.count("5xx seen", 0);
		run.count("rows written by refused requests", 0);
		Map<String, String> before = fingerprint(jdbc, tables);
		for (int i = 0; i < run.tries(); i++) {
			SplittableRandom random = run.input(i);
			Operation operation = operations.get(random.nextInt(operations.size()));
			RawHttp.Request request;
			try {
				request = operation.request().apply(random);
			}
			catch (IllegalArgumentException ex) {
				run.count("inputs not sendable (generator)");
				continue;
			}
			RawHttp.Answer answer;
			try {
				answer = http.send(operation.token(), request);
			}
			catch (IllegalArgumentException ex) { // not a URI the client can send
				run.count("inputs not sendable (generator)");
				continue;
			}
			run.count("inputs tried");
			if (answer.status() >= 500) {
				run.count("5xx seen");
			}
			if (answer.status() >= 400) {
				run.count("refusals (4xx)");
			}
			for (String wrong : RawHttp.judge(answer)) {
				String leak = wrong.contains("leaks") ? " «" + RawHttp.leak(answer.body()) + "»" : "";
				run.finding(operation.id() + " " + request.method() + ": " + wrong + leak + traits(request),
						"#" + i + " " + request, answer.toString());
			}
			Map<String, String> after = fingerprint(jdbc, tables);
			if ((answer.status() >= 400 || answer.status() < 0) && !after.equals(before)) {
				List<String> changed = new ArrayList<>();
				for (Map.Entry<String, String> table : after.entrySet()) {
					if (!Objects.equals(before.get(table.getKey()), table.getValue())) {
						changed.add(table.getKey());
					}
				}
				run.count("rows written by refused requests");
				run.finding(operation.id() + ": refused with " + answer.status() + " but wrote " + changed,
						"#" + i + " " + request, answer.toString());
			}
			before = after;
		}
	}

	public static boolean utf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
			return true;
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			return false;
		}
	}

	/** What about the input may explain a finding, to tell findings apart. */
	static String traits(RawHttp.Request request) {
		String text = request.toString();
		List<String> traits = new ArrayList<>();
		if (text.contains("\u0000") || text.contains("\\u0000") || text.toLowerCase().contains("%00")) {
			traits.add("NUL");
		}
		if (text.contains("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")) {
			traits.add("deep nesting");
		}
		if (request.body() != null && !"application/json".equals(request.contentType())) {
			traits.add("Content-Type " + request.contentType());
		}
		if (request.body() != null && !utf8(request.body())) {
			traits.add("invalid UTF-8");
		}
		return traits.isEmpty() ? "" : " " + traits;
	}

}
