package cn.bjrenovation.finance.funding.application;

import java.util.List;

import cn.bjrenovation.finance.funding.domain.Contribution;
import cn.bjrenovation.finance.funding.domain.FundingPlan;
import cn.bjrenovation.finance.funding.domain.Tranche;

/** A funding plan with what was paid and what other parties put in. */
public record FundingView(FundingPlan plan, List<Tranche> tranches, List<Contribution> contributions) {

	public long disbursedFen() {
		return tranches.stream().mapToLong(Tranche::amountFen).sum();
	}

}
