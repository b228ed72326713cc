package cn.bjrenovation.finance.funding.application;

import java.util.List;

import cn.bjrenovation.finance.funding.domain.Contributions;
import cn.bjrenovation.finance.funding.domain.FundingPlanQuery;
import cn.bjrenovation.finance.funding.domain.FundingPlans;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.finance.funding.domain.Tranches;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists funding plans by status, plan year and district, narrowed to the caller's reach: a district its own district's
 * plans. Asking for another district is refused, not silently answered with one's own.
 */
@Service
public class ListingFundingPlans {

	static final String OPERATION = "finance.funding-plan.list";

	private final FundingPlans plans;

	private final Tranches tranches;

	private final Contributions contributions;

	private final DutyPolicy policy;

	ListingFundingPlans(FundingPlans plans, Tranches tranches, Contributions contributions, DutyPolicy policy) {
		this.plans = plans;
		this.tranches = tranches;
		this.contributions = contributions;
		this.policy = policy;
	}

	/** @throws ForbiddenException when the filter names a district outside the caller's place */
	@Transactional(readOnly = true)
	public FundingPlanPage list(Caller caller, ListFundingPlansCommand command) {
		Reach reach = policy.reach(caller, OPERATION);
		String asked = command.district() == null ? null : command.district().value();
		reach.district().filter(own -> asked != null && !own.equals(asked)).ifPresent(own -> {
			throw new ForbiddenException(OPERATION, "a caller of district " + own + " lists only its own district's "
					+ "funding plans, not " + asked + "'s");
		});
		String district = reach.district().orElse(asked);
		List<ProjectId> page = plans.list(new FundingPlanQuery(command.status(), command.year(), district,
				command.after(), command.pageSize() + 1));
		boolean more = page.size() > command.pageSize();
		List<ProjectId> shown = more ? page.subList(0, command.pageSize()) : page;
		List<FundingView> views = shown.stream()
			.map(project -> new FundingView(plans.find(project).orElseThrow(), tranches.of(project),
					contributions.of(project)))
			.toList();
		return new FundingPlanPage(views, more ? shown.get(shown.size() - 1).toString() : null);
	}

}
