package cn.bjrenovation.finance.sharing.application;

import java.util.List;

import cn.bjrenovation.finance.sharing.domain.CostSharingRule;
import cn.bjrenovation.finance.sharing.domain.CostSharingRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every version of the cost-sharing rule, newest first, defaults marked: the city's rules, read whole. */
@Service
public class ListingCostSharingRules {

	private final CostSharingRules rules;

	ListingCostSharingRules(CostSharingRules rules) {
		this.rules = rules;
	}

	@Transactional(readOnly = true)
	public List<CostSharingRule> all() {
		return rules.all();
	}

}
