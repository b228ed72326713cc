package cn.bjrenovation.pipeline.coordination.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.platform.validation.FieldCheck;

/** How the commands read dates, utilities and reasons from a request, each problem under its field's name. */
final class Inputs {

	static final int MAX_TEXT = 500;

	static final int MAX_REASONS = 20;

	private Inputs() {
	}

	/** An ISO date ({@code 2026-04-01}); null, with the problem recorded, when absent or malformed. */
	static LocalDate date(FieldCheck check, String text, String field) {
		if (text == null || text.isBlank()) {
			check.present(null, field);
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			check.require(date.getYear() >= 1949 && date.getYear() <= 2100, field, "'" + text + "' is outside 1949–2100");
			return date;
		}
		catch (DateTimeParseException ex) {
			check.require(false, field, "'" + cut(text) + "' is not an ISO date, e.g. 2026-04-01");
			return null;
		}
	}

	/** A utility by its constant or its claim value ({@code GAS}, {@code gas}, {@code overhead_lines}). */
	static Utility utility(FieldCheck check, String text, String field) {
		if (text == null || text.isBlank()) {
			check.present(null, field);
			return null;
		}
		return Utility.fromToken(text.strip()).orElseGet(() -> {
			check.require(false, field, "'" + cut(text) + "' is not a utility: one of " + List.of(Utility.values()));
			return null;
		});
	}

	/** At least one utility, each once. */
	static List<Utility> utilities(FieldCheck check, List<String> texts, String field) {
		if (texts == null || texts.isEmpty()) {
			check.require(false, field, "name at least one utility");
			return List.of();
		}
		LinkedHashSet<Utility> read = new LinkedHashSet<>();
		for (int i = 0; i < texts.size(); i++) {
			Utility utility = utility(check, texts.get(i), field + "[" + i + "]");
			if (utility != null && !read.add(utility)) {
				check.require(false, field + "[" + i + "]", utility + " is named twice");
			}
		}
		return List.copyOf(read);
	}

	/** One to {@link #MAX_REASONS} reasons, each plain text, stripped. */
	static List<String> reasons(FieldCheck check, List<String> texts, String field) {
		if (texts == null || texts.isEmpty()) {
			check.require(false, field, "give at least one reason");
			return List.of();
		}
		check.require(texts.size() <= MAX_REASONS, field, "at most " + MAX_REASONS + " reasons");
		List<String> read = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			check.plainText(texts.get(i), field + "[" + i + "]", MAX_TEXT);
			read.add(texts.get(i) == null ? "" : texts.get(i).strip());
		}
		return read;
	}

	/** Optional free text: empty when absent. */
	static String note(FieldCheck check, String text, String field) {
		if (text == null || text.isBlank()) {
			return "";
		}
		check.plainText(text, field, MAX_TEXT);
		return text.strip();
	}

	static String cut(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}

}
