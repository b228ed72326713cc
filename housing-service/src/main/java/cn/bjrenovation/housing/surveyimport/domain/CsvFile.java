package cn.bjrenovation.housing.surveyimport.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A survey file read as RFC 4180 CSV (UTF-8, optional byte-order mark, quoted fields may hold commas, quotes
 * and line breaks). Each record keeps the line it starts on, so problems can be reported by line.
 */
public record CsvFile(List<String> header, List<Record> records) {

	/** One data record and the file line it starts on (the header is line 1). */
	public record Record(int line, List<String> fields) {
	}

	public static CsvFile parse(String text) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<Record> all = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int recordLine = 1;
		boolean quoted = false;
		boolean any = false;
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
						line++;
					}
					field.append(c);
				}
				continue;
			}
			switch (c) {
				case '"' -> {
					quoted = true;
					any = true;
				}
				case ',' -> {
					fields.add(field.toString());
					field.setLength(0);
					any = true;
				}
				case '\r' -> {
				}
				case '\n' -> {
					if (any || field.length() > 0) {
						fields.add(field.toString());
						all.add(new Record(recordLine, List.copyOf(fields)));
					}
					fields.clear();
					field.setLength(0);
					any = false;
					line++;
					recordLine = line;
				}
				default -> {
					field.append(c);
					any = true;
				}
			}
		}
		if (any || field.length() > 0) {
			fields.add(field.toString());
			all.add(new Record(recordLine, List.copyOf(fields)));
		}
		if (all.isEmpty()) {
			return new CsvFile(List.of(), List.of());
		}
		List<String> header = all.get(0).fields().stream().map(String::strip).toList();
		return new CsvFile(header, List.copyOf(all.subList(1, all.size())));
	}

}
