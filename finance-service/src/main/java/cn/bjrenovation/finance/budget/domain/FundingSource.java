package cn.bjrenovation.finance.budget.domain;

import cn.bjrenovation.platform.validation.Labelled;

/**
 * Where the public money for renovation comes from, as the plan's funding arrangements list it. Social capital
 * and residents' own contributions are left out on purpose: they are not budgeted by the city, so they do not
 * count towards its fiscal capacity.
 */
public enum FundingSource implements Labelled {

	/** Central-government subsidy passed through the city budget. */
	CENTRAL_SUBSIDY("中央补助资金"),
	/** The municipal budget (市财政局). */
	MUNICIPAL_BUDGET("市级财政资金"),
	/** Municipal fixed-asset investment (市发展改革委). */
	MUNICIPAL_INVESTMENT("市政府固定资产投资"),
	/** A district's own budget (属地责任). */
	DISTRICT_BUDGET("区级财政资金"),
	/** Local-government special bonds. */
	GOVERNMENT_BOND("地方政府专项债券"),
	/** The residential maintenance fund (市住房公积金中心). */
	MAINTENANCE_FUND("住宅专项维修资金");

	private final String label;

	FundingSource(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
