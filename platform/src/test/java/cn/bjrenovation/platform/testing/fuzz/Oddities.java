package cn.bjrenovation.platform.testing.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generators of bad and odd input: strings (NUL and control characters, unicode, formula-leading names, huge),
 * numbers (huge, negative, fractional, out of range), ids (non-UUID, percent-encoded oddities), query values,
 * and JSON bodies mutated from a valid one (wrong types, missing and extra fields, duplicate keys, deep
 * nesting, broken syntax). Every choice comes from the caller's {@link SplittableRandom}, so a seed replays it.
 */
public final class Oddities {

	private static final String[] STRINGS = { "", " ", "\u0000", "a\u0000b", "\u0001\u0002\u0007\b\t\n\u000b\f\r\u001b",
			"\r\n", "\u007f", "\u0085", "\u00a0", "\u2028\u2029", "\u200b", "\ufeff", "\u202e劲松\u202c", "\ufffd", "\uffff",
			"😀", "𠀀𪚥", "١٢٣", "１１０１０５", "110105 ", " 110105", "１９８０", "=1+1", "+SUM(A1:A9)", "-2+3", "@cmd",
			"=HYPERLINK(\"http://x\")", "\t=1", "' OR '1'='1", "'; DROP TABLE community; --", "%00", "%s%n", "${jndi:ldap://x/a}",
			"<script>alert(1)</script>", "../../etc/passwd", "null", "undefined", "NaN", "Infinity", "-0", "1e309", "0x10",
			"true", "[]", "{}", "劲松北社区", "北京市朝阳区劲松一区1号楼", "é", "e\u0301", "İ", "ß", "\\", "\"", "'", "`", ",", ";",
			"\\u0000", "MUNICIPAL", "municipal", " MUNICIPAL", "FEASIBLE", "QUASI_PROPERTY", "D", "A", "d", "110105",
			"110105017", "110105017001", "1101", "11010", "1101050", "999999", "000000", "-110105" };

	private Oddities() {
	}

	public static <T> T pick(SplittableRandom random, T[] choices) {
		return choices[random.nextInt(choices.length)];
	}

	public static <T> T pick(SplittableRandom random, List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	/** An odd string: one of the known troublemakers, a random mix of odd characters, or a huge one. */
	public static String string(SplittableRandom random) {
		switch (random.nextInt(10)) {
			case 0, 1, 2, 3, 4:
				return pick(random, STRINGS);
			case 5:
				return pick(random, STRINGS) + pick(random, STRINGS);
			case 6:
				return randomChars(random, 1 + random.nextInt(40));
			case 7:
				return "名".repeat(1 + random.nextInt(5000));
			case 8:
				return "x".repeat(255 + random.nextInt(3)) + (random.nextBoolean() ? "" : "\u0000");
			default:
				return "劲松" + pick(random, STRINGS) + random.nextInt(1000);
		}
	}

	/** Characters from every odd corner: control, surrogate pairs, CJK, combining, bidi, private use. */
	public static String randomChars(SplittableRandom random, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			switch (random.nextInt(8)) {
				case 0 -> text.append((char) random.nextInt(0x20));
				case 1 -> text.append((char) (0x20 + random.nextInt(0x5f)));
				case 2 -> text.append((char) (0x4e00 + random.nextInt(0x51a5)));
				case 3 -> text.appendCodePoint(0x1f600 + random.nextInt(0x50));
				case 4 -> text.append((char) (0x0300 + random.nextInt(0x70)));
				case 5 -> text.append((char) (0x2000 + random.nextInt(0x70)));
				case 6 -> text.append((char) (0xe000 + random.nextInt(0x1900)));
				default -> text.append((char) (0x80 + random.nextInt(0x80)));
			}
		}
		return text.toString();
	}

	/** An odd number as JSON text: huge, negative, fractional, exponent, beyond long and double. */
	public static String number(SplittableRandom random) {
		String[] numbers = { "0", "-1", "-0", "1", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
				"9223372036854775808", "-9223372036854775809", "99999999999999999999999999999999", "1.5", "-0.0001",
				"1e309", "-1e309", "1e-400", "4.9e-324", "1.7976931348623157e308", "1E2", "2000", "1999", "1949", "0.0",
				"100.0000000000000000001", "12345678901234567890.123456789", "1999.9999999999999999", "-2147483648",
				"3.4028235e38", "1e2147483648" };
		if (random.nextInt(4) == 0) {
			return Long.toString(random.nextLong());
		}
		if (random.nextInt(4) == 0) {
			return Double.toString((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 10));
		}
		return pick(random, numbers);
	}

	/** An odd JSON value of any type for a field: wrong types, odd strings and numbers, nesting, null. */
	public static String jsonValue(SplittableRandom random) {
		switch (random.nextInt(12)) {
			case 0, 1, 2:
				return quote(string(random), random);
			case 3, 4:
				return number(random);
			case 5:
				return random.nextBoolean() ? "true" : "false";
			case 6:
				return "null";
			case 7:
				return "[" + (random.nextBoolean() ? "" : number(random) + "," + quote(string(random), random)) + "]";
			case 8:
				return "{\"value\":" + number(random) + "}";
			case 9:
				return nested(random.nextInt(2) == 0 ? 20 : 2000 + random.nextInt(2000));
			case 10:
				return "\"" + number(random) + "\"";
			default:
				return pick(random, new String[] { "NaN", "Infinity", "-Infinity", "01", "+1", ".5", "1.", "0x1F",
						"'single'", "undefined", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "\"a\\qb\"", "\"unterminated",
						"tru", "nul", "1_000" });
		}
	}

	/** {@code [[[...1...]]]}: nesting to the given depth. */
	public static String nested(int depth) {
		return "[".repeat(depth) + "1" + "]".repeat(depth);
	}

	/** The string as a JSON string literal; sometimes with raw (unescaped) control characters, which JSON forbids. */
	public static String quote(String text, SplittableRandom random) {
		boolean raw = random.nextInt(8) == 0;
		StringBuilder json = new StringBuilder("\"");
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 && !raw) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

	/** A valid JSON string literal for the text. */
	public static String quote(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

	/**
	 * A JSON body mutated from a valid one ({@code field -> JSON text of its value}): one to four mutations of
	 * fields (odd value, removed, unknown field added, duplicated key, value nested), and sometimes the text
	 * itself broken (truncated, garbage, wrong top-level type, empty, deeply nested).
	 */
	public static String jsonBody(SplittableRandom random, Map<String, String> valid) {
		List<String[]> fields = new ArrayList<>();
		valid.forEach((name, value) -> fields.add(new String[] { name, value }));
		int mutations = 1 + random.nextInt(4);
		for (int m = 0; m < mutations; m++) {
			int at = fields.isEmpty() ? 0 : random.nextInt(fields.size());
			switch (random.nextInt(7)) {
				case 0, 1, 2 -> {
					if (!fields.isEmpty()) {
						fields.get(at)[1] = jsonValue(random);
					}
				}
				case 3 -> {
					if (!fields.isEmpty()) {
						fields.remove(at);
					}
				}
				case 4 -> fields.add(new String[] { pick(random, new String[] { "id", "version", "retired", "extra",
						"__proto__", "@type", "class", "", "名称", "name ", "NAME", "\u0000" }), jsonValue(random) });
				case 5 -> {
					if (!fields.isEmpty()) {
						fields.add(new String[] { fields.get(at)[0], jsonValue(random) });
					}
				}
				default -> {
					if (!fields.isEmpty()) {
						fields.get(at)[1] = "{\"" + fields.get(at)[0] + "\":" + fields.get(at)[1] + "}";
					}
				}
			}
		}
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				json.append(',');
			}
			json.append(quote(fields.get(i)[0])).append(':').append(fields.get(i)[1]);
		}
		String body = json.append('}').toString();
		if (random.nextInt(6) != 0) {
			return body;
		}
		switch (random.nextInt(9)) {
			case 0:
				return body.substring(0, random.nextInt(body.length()));
			case 1:
				return body + pick(random, new String[] { ",", "}", "x", "\u0000", "{}", " // c" });
			case 2:
				return pick(random, new String[] { "", " ", "null", "[]", "\"text\"", "42", "true", "[{}]", "{", "}" });
			case 3:
				return body.replaceFirst(",", ",,");
			case 4:
				return body.replace("\"", "'");
			case 5:
				return "[" + body + "]";
			case 6:
				return "{\"a\":" + nested(1000 + random.nextInt(20_000)) + "}";
			case 7:
				return body.replaceFirst(":", "");
			default:
				return "\ufeff" + body;
		}
	}

	/** An id for a path segment: not a UUID, a UUID in odd spelling, percent-encoded oddities, or a real one. */
	public static String pathSegment(SplittableRandom random, List<String> real) {
		String[] odd = { "not-a-uuid", "%20", "%00", "%0a", "%2e%2e", "%252F", "%ff", "%C0%AE", "%E4%B8%AD%E6%96%87",
				"%E4%B8", "%7B%7D", "..", ".", "1", "-1", "0", "99999999999999999999", "1.5", "null", "undefined", "true",
				"00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "%25", "a%3Bb",
				"x;jsessionid=1", "%3Cscript%3E", "~", "%F0%9F%98%80", "2147483648", "1e3", "110105", "1101",
				"110105017", "%EF%BC%91%EF%BC%91%EF%BC%90%EF%BC%91%EF%BC%90%EF%BC%95", "%D9%A1%D9%A2",
				"2023", "1999", "-2023", "0x7E7", "２０２３" };
		switch (random.nextInt(6)) {
			case 0:
				return real.isEmpty() ? UUID.randomUUID().toString() : pick(random, real);
			case 1: {
				String uuid = UUID.randomUUID().toString();
				return switch (random.nextInt(5)) {
					case 0 -> uuid.toUpperCase();
					case 1 -> uuid.replace("-", "");
					case 2 -> "%7B" + uuid + "%7D";
					case 3 -> uuid.substring(0, 35);
					default -> uuid + "0";
				};
			}
			case 2:
				return encode(string(random));
			default:
				return pick(random, odd);
		}
	}

	/** A query value: odd strings (encoded), odd numbers, raw percent oddities, repeated or empty. */
	public static String queryValue(SplittableRandom random) {
		return switch (random.nextInt(5)) {
			case 0 -> encode(string(random));
			case 1 -> encode(number(random));
			case 2 -> pick(random, new String[] { "", "%00", "%ff", "%E4%B8", "%2B", "+", "%20", "a%26b%3Dc", "%C0%AE",
					"%0d%0aX-Injected:%201", "1%2C2", "yes", "no", "TRUE", "1", "0", "on" });
			case 3 -> pick(random, new String[] { "FEASIBLE", "feasible", "UNKNOWN", "MUNICIPAL", "QUASI_PROPERTY", "D",
					"-buildYear", "buildYear", "name", "-", "--name", "+name", "name,buildYear", "-households" });
			default -> encode(pick(random, STRINGS));
		};
	}

	/** A query string of 0..5 parameters, known names with odd values, sometimes unknown or repeated names. */
	public static String query(SplittableRandom random, String... names) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		int count = random.nextInt(6);
		StringBuilder query = new StringBuilder();
		for (int i = 0; i < count; i++) {
			String name = names.length == 0 || random.nextInt(8) == 0
					? pick(random, new String[] { "unknown", "page", "limit", "x%00", "%ff", "", "sort[]", "filter.name" })
					: pick(random, names);
			parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(queryValue(random));
		}
		parameters.forEach((name, values) -> values.forEach(value -> query.append(query.length() == 0 ? '?' : '&')
			.append(name)
			.append(random.nextInt(20) == 0 ? "" : "=" + value)));
		return query.toString();
	}

	/** Percent-encodes everything but unreserved characters, as a path segment or query value. */
	public static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
