package cn.bjrenovation.finance.sharing.domain;

import java.util.Optional;

import cn.bjrenovation.platform.validation.Labelled;

/**
 * A party that bears part of a renovation's cost (A3-4, plan §三(七) 多方共担; DOMAIN §7). The three government parties
 * are committed on budget lines of the named funding source; the others are recorded as what they bring.
 */
public enum CostParty implements Labelled {

	MUNICIPAL_BUDGET("市级财政", "MUNICIPAL_BUDGET"),
	DISTRICT_BUDGET("区级财政", "DISTRICT_BUDGET"),
	GOVERNMENT_FUNDS_AND_BONDS("政府性基金及专项债券", "GOVERNMENT_BOND"),
	RESIDENTS_CASH("居民出资", null),
	RESIDENTS_PROVIDENT_FUND("提取住房公积金", null),
	/** Only after an owners' vote (Civil Code Art. 278): see the maintenance fund. */
	RESIDENTS_MAINTENANCE_FUND("使用住宅专项维修资金", null),
	ORIGINAL_PROPERTY_UNIT("原产权单位", null),
	/** Professional operators, for their own networks (专业经营单位). */
	PIPELINE_OPERATORS("专业经营单位", null),
	/** 微利可持续 (A1-10). */
	SOCIAL_CAPITAL("社会资本", null);

	private final String label;

	private final String budgetSource;

	CostParty(String label, String budgetSource) {
		this.label = label;
		this.budgetSource = budgetSource;
	}

	@Override
	public String label() {
		return label;
	}

	/** The funding source ({@code FundingSource} name) whose budget lines carry this party's share, if government. */
	public Optional<String> budgetSource() {
		return Optional.ofNullable(budgetSource);
	}

	public boolean government() {
		return budgetSource != null;
	}

}
