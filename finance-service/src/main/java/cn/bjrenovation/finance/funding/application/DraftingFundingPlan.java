package cn.bjrenovation.finance.funding.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import cn.bjrenovation.finance.funding.domain.FundingFact;
import cn.bjrenovation.finance.funding.domain.FundingPlan;
import cn.bjrenovation.finance.funding.domain.FundingPlans;
import cn.bjrenovation.finance.funding.domain.FundingStatus;
import cn.bjrenovation.finance.sharing.domain.CostSharingRule;
import cn.bjrenovation.finance.sharing.domain.CostSharingRules;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import cn.bjrenovation.platform.identity.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Drafts a project's funding plan when planning approves its design (DOMAIN §5 step 7): the items' costs shared by
 * the rule version in force on the day of approval (Beijing time), which the plan records. Runs inside the
 * consumer's transaction, so the plan, its event and the record that the design event was handled commit together.
 * A design version the plan already has (or an older one) changes nothing; a newer one redrafts a plan not yet
 * committed, voiding its hold first. A plan already committed or voided keeps what it has: a redesign after the
 * money is committed is the Finance Bureau's to handle, and is logged.
 */
@Service
public class DraftingFundingPlan {

	static final String OPERATION = "finance.funding-plan.draft";

	private static final Logger log = LoggerFactory.getLogger(DraftingFundingPlan.class);

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final FundingPlans plans;

	private final CostSharingRules rules;

	private final ReleasingFunding releasing;

	private final FundingEvents facts;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	DraftingFundingPlan(FundingPlans plans, CostSharingRules rules, ReleasingFunding releasing, FundingEvents facts,
			ApplicationEventPublisher events, AuditTrail audit) {
		this.plans = plans;
		this.rules = rules;
		this.releasing = releasing;
		this.facts = facts;
		this.events = events;
		this.audit = audit;
	}

	/** @throws MalformedEventException when no rule version is in force on the day of approval (never retried) */
	public Optional<FundingPlan> draft(ApprovedDesign design) {
		Caller caller = FundingEvents.onBehalfOf("DesignApproved " + design.eventId());
		LocalDate approvedOn = LocalDate.ofInstant(design.approvedAt(), BEIJING);
		CostSharingRule rule = rules.inForceOn(approvedOn)
			.orElseThrow(() -> new MalformedEventException("no cost-sharing rule is in force on " + approvedOn));
		FundingPlan drafted = FundingPlan.draft(design.project(), design.schemeVersion(), approvedOn, design.items(),
				rule, facts.now());
		Optional<FundingPlan> existing = plans.lock(design.project().id());
		if (existing.isPresent() && existing.get().schemeVersion() >= design.schemeVersion()) {
			return Optional.empty();
		}
		FundingPlan plan = drafted;
		if (existing.isPresent()) {
			FundingPlan before = existing.get();
			if (before.status() == FundingStatus.COMMITTED || before.status() == FundingStatus.VOIDED) {
				log.warn("scheme {} of project {} approved after its funding plan was {}: kept as it is",
						design.schemeVersion(), before.project().id(), before.status());
				return Optional.empty();
			}
			if (before.status() == FundingStatus.HELD) {
				releasing.voidHolds(before, caller);
			}
			plan = before.replacedBy(drafted);
		}
		plans.save(plan, caller.subject(), plan.draftedAt());
		events.publishEvent(new FundingFact.Planned(facts.metadata(), plan, facts.disbursedFen(plan)));
		audit.changed(caller, OPERATION, plan.project().id(), "drafted from scheme " + plan.schemeVersion()
				+ " by cost-sharing rule v" + rule.version() + ": " + plan.totalCostFen() + " fen, government "
				+ plan.governmentFen() + " fen");
		return Optional.of(plan);
	}

}
