package cn.bjrenovation.finance.budget.domain;

/**
 * The fiscal years the suite accepts. Anything outside is a typing mistake (a two-digit year, a swapped
 * field), refused rather than stored or looked up as an empty year.
 */
public final class FiscalYear {

	public static final int FIRST = 2000;

	public static final int LAST = 2100;

	private FiscalYear() {
	}

	public static boolean isValid(int year) {
		return year >= FIRST && year <= LAST;
	}

	/** The reason given to the caller, in the same words wherever a year is refused. */
	public static String refusal(int year) {
		return year + " is not a fiscal year of the programme (" + FIRST + "–" + LAST + ")";
	}

}
