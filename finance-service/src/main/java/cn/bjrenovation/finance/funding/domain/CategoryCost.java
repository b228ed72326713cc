package cn.bjrenovation.finance.funding.domain;

import java.util.Map;

import cn.bjrenovation.finance.sharing.domain.CostCategory;
import cn.bjrenovation.finance.sharing.domain.CostParty;

/** A category's cost in a plan and its split between the parties, fen; the parts add up to the cost. */
public record CategoryCost(CostCategory category, long costFen, Map<CostParty, Long> shares) {

	public CategoryCost {
		shares = Map.copyOf(shares);
	}

}
