package cn.bjrenovation.finance.budget.domain;

import cn.bjrenovation.platform.problems.InvalidInputException;

/**
 * A fiscal year of the programme. Anything outside {@value #FIRST}–{@value #LAST} is a typing mistake (a two-digit
 * year, a swapped field), refused rather than stored or looked up as an empty year.
 */
public record FiscalYear(int value) {

	public static final int FIRST = 2000;

	public static final int LAST = 2100;

	public FiscalYear {
		if (!isValid(value)) {
			throw new IllegalArgumentException(refusal(value));
		}
	}

	/** @throws InvalidInputException naming {@code field} when the year lies outside the programme */
	public static FiscalYear parse(int year, String field) {
		if (!isValid(year)) {
			throw new InvalidInputException(field, refusal(year));
		}
		return new FiscalYear(year);
	}

	public static boolean isValid(int year) {
		return year >= FIRST && year <= LAST;
	}

	/** The reason given to the caller, in the same words wherever a year is refused. */
	public static String refusal(int year) {
		return year + " is not a fiscal year of the programme (" + FIRST + "–" + LAST + ")";
	}

	@Override
	public String toString() {
		return Integer.toString(value);
	}

}
