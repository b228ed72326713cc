package cn.bjrenovation.finance.funding.application;

import cn.bjrenovation.finance.funding.domain.FundingAction;
import cn.bjrenovation.finance.funding.domain.FundingFact;
import cn.bjrenovation.finance.funding.domain.FundingPlan;
import cn.bjrenovation.finance.funding.domain.FundingPlans;
import cn.bjrenovation.finance.funding.domain.FundingStatus;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The compensation of a funding plan when planning returns the project's design after the plan was drafted (issue 15:
 * "a design returned after funding was drafted sends funding back to draft"): a plan DRAFTED or HELD has its hold
 * voided and goes to RETURNED_TO_DRAFT, published as {@code FundingReturnedToDraft}; the next approved scheme redrafts
 * it ({@link DraftingFundingPlan}). Committed money is not touched: a design returned after commitment is recorded on
 * the audit trail for the Finance Bureau to settle. Runs in the consumer's transaction; a return older than the plan's
 * scheme, or of a plan already returned or voided, changes nothing.
 */
@Service
public class ReturningFundingToDraft {

	static final String OPERATION = "finance.funding-plan.return-to-draft";

	private static final Logger log = LoggerFactory.getLogger(ReturningFundingToDraft.class);

	private final FundingPlans plans;

	private final ReleasingFunding releasing;

	private final FundingEvents facts;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	ReturningFundingToDraft(FundingPlans plans, ReleasingFunding releasing, FundingEvents facts,
			ApplicationEventPublisher events, AuditTrail audit) {
		this.plans = plans;
		this.releasing = releasing;
		this.facts = facts;
		this.events = events;
		this.audit = audit;
	}

	public void returnFor(ReturnedDesign design) {
		plans.lock(design.project())
			.filter(plan -> design.schemeVersion() >= plan.schemeVersion())
			.ifPresent(plan -> {
				Caller caller = FundingEvents.onBehalfOf("DesignReturned " + design.eventId());
				if (plan.status() == FundingStatus.COMMITTED) {
					log.warn("scheme {} of project {} returned after its funding was committed: kept committed",
							design.schemeVersion(), design.project());
					audit.changed(caller, OPERATION, design.project(), "exception: scheme " + design.schemeVersion()
							+ " returned after the funding was committed; the commitment is kept for the Finance Bureau"
							+ " to settle");
					return;
				}
				if (!FundingAction.RETURN_TO_DRAFT.allowedFrom(plan.status())) {
					return;
				}
				long released = 0;
				if (plan.status() == FundingStatus.HELD) {
					releasing.voidHolds(plan, caller);
					released = plan.committedFen();
				}
				FundingPlan returned = plan.move(FundingAction.RETURN_TO_DRAFT, java.util.List.of());
				plans.save(returned, caller.subject(), facts.now());
				events.publishEvent(new FundingFact.ReturnedToDraft(facts.metadata(), returned,
						facts.disbursedFen(returned), design.schemeVersion(), released, design.reasons(),
						design.eventId(), design.returnedAt()));
				audit.changed(caller, OPERATION, design.project(), "returned to draft: scheme "
						+ design.schemeVersion() + " returned by planning, " + released + " fen of holds voided");
			});
	}

}
