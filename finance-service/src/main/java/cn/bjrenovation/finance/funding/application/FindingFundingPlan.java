package cn.bjrenovation.finance.funding.application;

import cn.bjrenovation.finance.funding.domain.Contributions;
import cn.bjrenovation.finance.funding.domain.FundingPlan;
import cn.bjrenovation.finance.funding.domain.FundingPlans;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.finance.funding.domain.Tranches;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One project's funding plan. Which plans a caller may read is the duty policy's to say (a district its own
 * district's); any other reads as absent, so ids outside one's reach cannot be probed.
 */
@Service
public class FindingFundingPlan {

	static final String OPERATION = "finance.funding-plan.read";

	private final FundingPlans plans;

	private final Tranches tranches;

	private final Contributions contributions;

	private final DutyPolicy policy;

	FindingFundingPlan(FundingPlans plans, Tranches tranches, Contributions contributions, DutyPolicy policy) {
		this.plans = plans;
		this.tranches = tranches;
		this.contributions = contributions;
		this.policy = policy;
	}

	/** @throws NotFoundException when the project has no plan or it lies outside the caller's reach */
	@Transactional(readOnly = true)
	public FundingView find(Caller caller, ProjectId project) {
		FundingPlan plan = plans.find(project).orElseThrow(() -> new NotFoundException("funding plan", project));
		policy.reach(caller, OPERATION).requireVisible(plan.project().place(), "funding plan", project);
		return new FundingView(plan, tranches.of(project), contributions.of(project));
	}

}
