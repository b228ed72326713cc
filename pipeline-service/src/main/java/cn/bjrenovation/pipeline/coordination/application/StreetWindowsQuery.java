package cn.bjrenovation.pipeline.coordination.application;

import java.time.LocalDate;

import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * A street's calendar of trench windows over [from, to], both included: by default the year from today.
 */
public record StreetWindowsQuery(StreetCode street, LocalDate from, LocalDate to) {

	/** The longest range one calendar answers. */
	public static final int MAX_YEARS = 3;

	/**
	 * @param from ISO date or null for today
	 * @param to ISO date or null for a year after {@code from}, less a day
	 * @throws InvalidInputException naming every bad field
	 */
	public static StreetWindowsQuery of(String streetCode, String from, String to, LocalDate today, String streetField) {
		FieldCheck check = new FieldCheck();
		StreetCode street = check.parsed(() -> StreetCode.parse(streetCode, streetField));
		LocalDate first = from == null ? today : Inputs.date(check, from, "from");
		LocalDate last = to == null ? (first == null ? null : first.plusYears(1).minusDays(1)) : Inputs.date(check, to, "to");
		if (first != null && last != null) {
			check.require(!last.isBefore(first), "to", last + " is before from " + first)
				.require(!last.isAfter(first.plusYears(MAX_YEARS)), "to",
						"a calendar spans at most " + MAX_YEARS + " years");
		}
		check.throwIfAny();
		return new StreetWindowsQuery(street, first, last);
	}

}
