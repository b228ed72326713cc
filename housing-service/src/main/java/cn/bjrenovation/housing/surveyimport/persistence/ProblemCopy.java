package cn.bjrenovation.housing.surveyimport.persistence;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.housing.surveyimport.domain.RowProblem;

/**
 * Row problems and changes as COPY rows of {@code survey_import_problem}: a file of bad rows must not slow the
 * import.
 */
final class ProblemCopy {

	static final String REJECTED = "REJECTED";

	static final String CHANGED = "CHANGED";

	private ProblemCopy() {
	}

	static void write(Connection connection, UUID importId, List<RowProblem> rejected, List<RowProblem> changed) {
		Copy copy = new Copy();
		rejected.forEach(p -> row(copy, importId, p, REJECTED));
		changed.forEach(p -> row(copy, importId, p, CHANGED));
		copy.into(connection, "survey_import_problem (import_id, line, field, reason, kind)");
	}

	private static void row(Copy copy, UUID importId, RowProblem p, String kind) {
		copy.value(importId).value(p.line()).value(visible(p.field())).value(visible(p.reason())).value(kind).endRow();
	}

	/**
	 * The text with its control characters written out (U+0000): a reason may quote a cell, and PostgreSQL
	 * stores no NUL. Tabs and line breaks are kept; COPY escapes them.
	 */
	static String visible(String text) {
		StringBuilder shown = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
			if (control && shown == null) {
				shown = new StringBuilder(text.substring(0, i));
			}
			if (shown != null) {
				shown.append(control ? String.format("U+%04X", (int) c) : String.valueOf(c));
			}
		}
		return shown == null ? text : shown.toString();
	}

}
