package cn.bjrenovation.finance.maintenance.domain;

/**
 * What an owners' vote decides about a maintenance fund, with the Civil Code's thresholds as data (Art. 278, DOMAIN
 * §7): at least two thirds of the exclusive area AND two thirds of the owners take part; then, among those taking
 * part, by area and by number alike, at least three quarters to raise or top up the fund (item 6), more than half to
 * use it (item 5).
 */
public enum VoteMatter {

	/** 筹集、补充专项维修资金 (Art. 278 item 6). */
	RAISING(3, 4, false, "Civil Code Art. 278(6): raising or topping up the fund needs ≥ 3/4 of participants by area and by number",
			"RAISE_MAINTENANCE_FUND"),
	/** 使用专项维修资金 (Art. 278 item 5). */
	USE(1, 2, true, "Civil Code Art. 278(5): using the fund needs > 1/2 of participants by area and by number",
			"USE_MAINTENANCE_FUND");

	public static final String PARTICIPATION = "Civil Code Art. 278: owners of ≥ 2/3 of the exclusive area and ≥ 2/3 of the owners take part";

	private final int numerator;

	private final int denominator;

	private final boolean strictlyMore;

	private final String rule;

	private final String decidedBy;

	VoteMatter(int numerator, int denominator, boolean strictlyMore, String rule, String decidedBy) {
		this.numerator = numerator;
		this.denominator = denominator;
		this.strictlyMore = strictlyMore;
		this.rule = rule;
		this.decidedBy = decidedBy;
	}

	/** The matter of housing's owners' vote that decides this movement, e.g. {@code RAISE_MAINTENANCE_FUND}. */
	public String decidedBy() {
		return decidedBy;
	}

	/** Whether {@code part} of {@code whole} meets the threshold, compared exactly (cross-multiplied). */
	public boolean met(java.math.BigDecimal part, java.math.BigDecimal whole) {
		int compared = part.multiply(java.math.BigDecimal.valueOf(denominator))
			.compareTo(whole.multiply(java.math.BigDecimal.valueOf(numerator)));
		return strictlyMore ? compared > 0 : compared >= 0;
	}

	public String rule() {
		return rule;
	}

}
