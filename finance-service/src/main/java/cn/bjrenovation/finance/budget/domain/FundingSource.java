package cn.bjrenovation.finance.budget.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

import cn.bjrenovation.platform.problems.InvalidInputException;

/**
 * Where the public money for renovation comes from, as the plan's funding arrangements list it. Social capital
 * and residents' own contributions are left out on purpose: they are not budgeted by the city, so they do not
 * count towards its fiscal capacity.
 */
public enum FundingSource {

	/** 中央补助资金: central-government subsidy passed through the city budget. */
	CENTRAL_SUBSIDY,
	/** 市级财政资金: the municipal budget (市财政局). */
	MUNICIPAL_BUDGET,
	/** 市政府固定资产投资: municipal fixed-asset investment (市发展改革委). */
	MUNICIPAL_INVESTMENT,
	/** 区级财政资金: a district's own budget (属地责任). */
	DISTRICT_BUDGET,
	/** 地方政府专项债券: local-government special bonds. */
	GOVERNMENT_BOND,
	/** 住宅专项维修资金: the residential maintenance fund (市住房公积金中心). */
	MAINTENANCE_FUND;

	/** @throws InvalidInputException naming {@code field} when the text is not one of the sources */
	public static FundingSource parse(String text, String field) {
		try {
			return valueOf(text);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException(field, "'" + text + "' is not a funding source; one of " + names());
		}
	}

	private static String names() {
		return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
	}

}
