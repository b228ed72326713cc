package cn.bjrenovation.housing.surveyimport.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A survey file read as RFC 4180 CSV (UTF-8, optional byte-order mark, quoted fields may hold commas, quotes
 * and line breaks). Each record keeps the line it starts on, so problems can be reported by line.
 * <p>
 * Nothing the file holds is lost without a word: a control character in a field (anything but a tab, and line
 * breaks inside quotes) is kept with its record, and a quote never closed makes the record it opens in, and
 * each non-blank line it swallows up to the end of the file, an unreadable record naming the line it opened on.
 * That line is the record's first quoted field to run across a line break: an unclosed quote pairs up with the
 * quotes of the lines after it, so the last quote left open is rarely the one missing its end.
 */
public record CsvFile(List<String> header, List<Record> records) {

	/**
	 * One data record and the file line it starts on (the header is line 1).
	 * @param controls the first control character of each field that holds one, by the field's position
	 * @param unreadable why the record could not be read as fields, or null
	 */
	public record Record(int line, List<String> fields, Map<Integer, Character> controls, Unreadable unreadable) {

		Record(int line, List<String> fields) {
			this(line, fields, Map.of(), null);
		}

	}

	/**
	 * A record that could not be read as fields.
	 * @param field the position of the field the trouble starts in, or null for the record as a whole
	 */
	public record Unreadable(Integer field, String reason) {
	}

	/** A CR not followed by LF: a line end of its own (Excel for Mac's "CSV (Macintosh)", classic Mac OS). */
	private static final Pattern BARE_CR = Pattern.compile("\r(?!\n)");

	/** Reads the file; lines may end in CRLF, LF or a CR alone (read as the line end it stands for). */
	public static CsvFile parse(String text) {
		String content = BARE_CR.matcher(text.startsWith("\uFEFF") ? text.substring(1) : text).replaceAll("\n");
		List<Record> all = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		Map<Integer, Character> controls = null;
		StringBuilder field = new StringBuilder();
		int line = 1;
		int recordLine = 1;
		boolean quoted = false;
		boolean any = false;
		int quoteLine = 0;
		int quoteField = 0;
		int quoteOffset = 0;
		// the record's first quoted field that runs across a line break: where an unclosed quote most likely is
		int spanLine = 0;
		int spanField = 0;
		int spanOffset = 0;
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						if (spanLine == 0) {
							spanLine = quoteLine;
							spanField = quoteField;
							spanOffset = quoteOffset;
						}
						line++;
					}
					else if (c != '\r' && control(c)) {
						controls = noted(controls, fields.size(), c);
					}
					field.append(c);
				}
				continue;
			}
			switch (c) {
				case '"' -> {
					quoted = true;
					any = true;
					quoteLine = line;
					quoteField = fields.size();
					quoteOffset = i;
				}
				case ',' -> {
					fields.add(field.toString());
					field.setLength(0);
					any = true;
				}
				case '\n' -> {
					if (any || field.length() > 0) {
						fields.add(field.toString());
						all.add(new Record(recordLine, List.copyOf(fields), controls == null ? Map.of() : controls, null));
					}
					fields.clear();
					field.setLength(0);
					controls = null;
					spanLine = 0;
					any = false;
					line++;
					recordLine = line;
				}
				default -> {
					if (c == '\r') {
						continue; // the CR of a CRLF line end (every other CR is a line end already)
					}
					if (control(c)) {
						controls = noted(controls, fields.size(), c);
					}
					field.append(c);
					any = true;
				}
			}
		}
		if (quoted) {
			if (spanLine != 0) {
				unterminated(content, spanOffset, spanLine, spanField, recordLine, fields, all);
			}
			else {
				unterminated(content, quoteOffset, quoteLine, quoteField, recordLine, fields, all);
			}
		}
		else if (any || field.length() > 0) {
			fields.add(field.toString());
			all.add(new Record(recordLine, List.copyOf(fields), controls == null ? Map.of() : controls, null));
		}
		if (all.isEmpty()) {
			return new CsvFile(List.of(), List.of());
		}
		List<String> header = all.get(0).fields().stream().map(String::strip).toList();
		return new CsvFile(header, List.copyOf(all.subList(1, all.size())));
	}

	/**
	 * A quote opened and never closed: the record it opens in cannot be read, nor can the lines after it (they
	 * were read as the quoted field's text). Each non-blank line it swallowed is a record of its own, so that
	 * every row of the file is accounted for.
	 */
	private static void unterminated(String content, int quoteOffset, int quoteLine, int quoteField, int recordLine,
			List<String> fields, List<Record> all) {
		String opened = "unterminated quote opened on line " + quoteLine;
		String[] swallowed = content.substring(quoteOffset).split("\n", -1);
		int last = 0;
		for (int i = 1; i < swallowed.length; i++) {
			if (!swallowed[i].isBlank()) {
				last = i;
			}
		}
		String reason = opened + (last > 0 ? ": the rest of the file (lines " + quoteLine + "–" + (quoteLine + last)
				+ ") was read as one quoted field" : "") + "; close the quote, and write a quote inside a quoted field "
				+ "as two (\"\")";
		List<String> read = new ArrayList<>(fields);
		read.add(swallowed[0]);
		all.add(new Record(recordLine, List.copyOf(read), Map.of(), new Unreadable(quoteField, reason)));
		for (int i = 1; i <= last; i++) {
			if (!swallowed[i].isBlank()) {
				all.add(new Record(quoteLine + i, List.of(), Map.of(),
						new Unreadable(null, "not read: it follows the " + opened + ", which was never closed")));
			}
		}
	}

	/** A control character (C0, DEL, C1) other than the tab, which is allowed in any field. */
	static boolean control(char c) {
		return c != '\t' && Character.isISOControl(c);
	}

	private static Map<Integer, Character> noted(Map<Integer, Character> controls, int field, char c) {
		Map<Integer, Character> noted = controls == null ? new HashMap<>() : controls;
		noted.putIfAbsent(field, c);
		return noted;
	}

}
