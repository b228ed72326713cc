package cn.bjrenovation.finance.funding.application;

import cn.bjrenovation.finance.funding.domain.Commitment;
import cn.bjrenovation.finance.funding.domain.FundingAction;
import cn.bjrenovation.finance.funding.domain.FundingFact;
import cn.bjrenovation.finance.funding.domain.FundingPlan;
import cn.bjrenovation.finance.funding.domain.FundingPlans;
import cn.bjrenovation.finance.funding.domain.FundingStatus;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.finance.ledger.application.LedgerTransactions;
import cn.bjrenovation.finance.ledger.domain.SubsidyLedger;
import cn.bjrenovation.finance.ledger.domain.Transfer;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Posts a plan's holds (预算下达, the second phase): the government part is committed and the project's funding is in
 * place for construction. Posting a committed plan again answers it as it is.
 */
@Service
public class PostingCommitment {

	static final String OPERATION = "finance.funding-plan.post";

	private final FundingPlans plans;

	private final SubsidyLedger ledger;

	private final LedgerTransactions transactions;

	private final FundingEvents facts;

	private final ApplicationEventPublisher events;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	PostingCommitment(FundingPlans plans, SubsidyLedger ledger, LedgerTransactions transactions, FundingEvents facts,
			ApplicationEventPublisher events, DutyPolicy policy, AuditTrail audit) {
		this.plans = plans;
		this.ledger = ledger;
		this.transactions = transactions;
		this.facts = facts;
		this.events = events;
		this.policy = policy;
		this.audit = audit;
	}

	/** @throws NotFoundException when the project has no plan or it lies outside the caller's reach */
	public FundingPlan post(Caller caller, ProjectId projectId) {
		return transactions.run(() -> {
			FundingPlan plan = plans.lock(projectId).orElseThrow(() -> new NotFoundException("funding plan", projectId));
			policy.reach(caller, OPERATION).requireVisible(plan.project().place(), "funding plan", projectId);
			if (plan.status() == FundingStatus.COMMITTED) {
				return plan;
			}
			FundingPlan posted = plan.move(FundingAction.POST, plan.commitments());
			for (Commitment commitment : plan.commitments()) {
				Transfer hold = ledger.transfer(commitment.holdTransferId()).orElseThrow();
				ledger.apply(Transfer.resolving(plan.transferId("post:" + commitment.party()), hold, true,
						"commitment posted for project " + projectId, caller.subject(), facts.now()));
			}
			plans.save(posted, caller.subject(), facts.now());
			events.publishEvent(new FundingFact.Committed(facts.metadata(), posted, facts.disbursedFen(posted), true,
					caller.subject(), facts.now()));
			audit.changed(caller, OPERATION, projectId, "posted " + posted.committedFen() + " fen");
			return posted;
		});
	}

}
