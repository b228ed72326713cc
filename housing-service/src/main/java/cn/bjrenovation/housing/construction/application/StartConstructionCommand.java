package cn.bjrenovation.housing.construction.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.bjrenovation.housing.construction.domain.ConstructionGate.ConstructionStart;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * The start of construction as the district enters it: {@code {"startedOn":"2026-12-03","builder":"北京城建集团有限公司",
 * "note":"…"}} — the day, the construction company (施工单位, required) and an optional note.
 */
public record StartConstructionCommand(ConstructionStart start) {

	public static final int MAX_BUILDER = 200;

	public static final int MAX_NOTE = 2000;

	/** @throws cn.bjrenovation.platform.problems.InvalidInputException naming every bad field at once */
	public static StartConstructionCommand of(String startedOn, String builder, String note) {
		FieldCheck check = new FieldCheck();
		LocalDate day = date(startedOn, "startedOn", check);
		check.plainText(builder, "builder", MAX_BUILDER);
		if (note != null && !note.isEmpty()) {
			check.plainText(note, "note", MAX_NOTE);
		}
		check.throwIfAny();
		return new StartConstructionCommand(new ConstructionStart(day, builder.strip(),
				note == null || note.isBlank() ? "" : note.strip()));
	}

	/** An ISO day ({@code 2026-12-03}), required. */
	static LocalDate date(String text, String field, FieldCheck check) {
		if (text == null || text.isBlank()) {
			check.require(false, field, "is required (an ISO date, e.g. 2026-12-03)");
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(text.strip());
			check.require(day.getYear() >= 2000 && day.getYear() <= 2100, field, "'" + text + "' is not a plausible day");
			return day;
		}
		catch (DateTimeParseException ex) {
			check.require(false, field, "'" + text + "' is not an ISO date (e.g. 2026-12-03)");
			return null;
		}
	}

}
