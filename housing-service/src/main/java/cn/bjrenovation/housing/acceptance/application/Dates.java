package cn.bjrenovation.housing.acceptance.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.bjrenovation.platform.problems.InvalidInputException;

/** A calendar day as officials' forms give it: {@code 2026-12-20}. */
public final class Dates {

	private Dates() {
	}

	/** @throws InvalidInputException naming {@code field} when absent or not an ISO date */
	public static LocalDate parse(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, "is required (a date, e.g. 2026-12-20)");
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "'" + text + "' is not a date of the form 2026-12-20");
		}
	}

}
