package cn.bjrenovation.finance.funding.application;

import java.util.List;

import cn.bjrenovation.finance.funding.domain.FundingAction;
import cn.bjrenovation.finance.funding.domain.FundingFact;
import cn.bjrenovation.finance.funding.domain.FundingPlan;
import cn.bjrenovation.finance.funding.domain.FundingPlans;
import cn.bjrenovation.finance.funding.domain.FundingStatus;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The compensation of a funding plan when housing takes the project out of the year's plan (AnnualPlanAdjusted
 * REMOVED, 动态调整 plan §四(二)) or it is withdrawn: holds are voided, what was committed and not yet paid goes back
 * to its budget lines (new entries), and the plan is VOIDED. Runs in the consumer's transaction; a project without a
 * plan, or one already voided, changes nothing.
 */
@Service
public class VoidingFunding {

	static final String OPERATION = "finance.funding-plan.void";

	private final FundingPlans plans;

	private final ReleasingFunding releasing;

	private final FundingEvents facts;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	VoidingFunding(FundingPlans plans, ReleasingFunding releasing, FundingEvents facts, ApplicationEventPublisher events,
			AuditTrail audit) {
		this.plans = plans;
		this.releasing = releasing;
		this.facts = facts;
		this.events = events;
		this.audit = audit;
	}

	public void voidFor(ProjectId projectId, String because, List<String> reasons) {
		plans.lock(projectId).filter(plan -> plan.status() != FundingStatus.VOIDED).ifPresent(plan -> {
			Caller caller = FundingEvents.onBehalfOf(because);
			long released = 0;
			if (plan.status() == FundingStatus.HELD) {
				releasing.voidHolds(plan, caller);
				released = plan.committedFen();
			}
			else if (plan.status() == FundingStatus.COMMITTED) {
				released = releasing.releaseCommitments(plan, caller);
			}
			FundingPlan voided = plan.move(FundingAction.VOID, plan.commitments());
			plans.save(voided, caller.subject(), facts.now());
			events.publishEvent(new FundingFact.Voided(facts.metadata(), voided, facts.disbursedFen(voided), released,
					reasons, facts.now()));
			audit.changed(caller, OPERATION, projectId, "voided: " + released + " fen back to budget lines");
		});
	}

}
