package cn.bjrenovation.finance.funding.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.finance.budget.domain.BudgetLines;
import cn.bjrenovation.finance.budget.domain.FiscalYear;
import cn.bjrenovation.finance.budget.domain.FundingSource;
import cn.bjrenovation.finance.budget.domain.LineStanding;
import cn.bjrenovation.finance.funding.domain.Commitment;
import cn.bjrenovation.finance.funding.domain.FundingAction;
import cn.bjrenovation.finance.funding.domain.FundingFact;
import cn.bjrenovation.finance.funding.domain.FundingPlan;
import cn.bjrenovation.finance.funding.domain.FundingPlans;
import cn.bjrenovation.finance.funding.domain.FundingStatus;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.finance.ledger.application.LedgerTransactions;
import cn.bjrenovation.finance.ledger.domain.Account;
import cn.bjrenovation.finance.ledger.domain.AccountId;
import cn.bjrenovation.finance.ledger.domain.InsufficientFunds;
import cn.bjrenovation.finance.ledger.domain.SubsidyLedger;
import cn.bjrenovation.finance.ledger.domain.Transfer;
import cn.bjrenovation.finance.sharing.domain.CostParty;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.NotFoundException;
import cn.bjrenovation.platform.problems.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The Finance Bureau confirms a funding plan and holds its government part on budget lines of the plan year (A2
 * 财政局: 市级财政资金预算安排及拨付; the first phase of two): each government party's share is held on the line of its
 * source with the most available. Confirming a plan already held or committed answers the plan as it is (a replay);
 * each hold's ledger id follows from the plan and party, so no retry or race holds twice.
 */
@Service
public class CommittingFunding {

	static final String OPERATION = "finance.funding-plan.commit";

	public static final String NO_LINE = "A2 财政局 预算安排: the plan year has no budget line of the source able to hold the share";

	private final FundingPlans plans;

	private final BudgetLines lines;

	private final SubsidyLedger ledger;

	private final LedgerTransactions transactions;

	private final FundingEvents facts;

	private final ApplicationEventPublisher events;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	CommittingFunding(FundingPlans plans, BudgetLines lines, SubsidyLedger ledger, LedgerTransactions transactions,
			FundingEvents facts, ApplicationEventPublisher events, DutyPolicy policy, AuditTrail audit) {
		this.plans = plans;
		this.lines = lines;
		this.ledger = ledger;
		this.transactions = transactions;
		this.facts = facts;
		this.events = events;
		this.policy = policy;
		this.audit = audit;
	}

	/**
	 * @throws NotFoundException when the project has no plan or it lies outside the caller's reach
	 * @throws InsufficientFunds or RuleViolationException when a share finds no line able to hold it
	 */
	public FundingPlan commit(Caller caller, ProjectId projectId) {
		return transactions.run(() -> {
			FundingPlan plan = plans.lock(projectId).orElseThrow(() -> new NotFoundException("funding plan", projectId));
			policy.reach(caller, OPERATION).requireVisible(plan.project().place(), "funding plan", projectId);
			if (plan.status() == FundingStatus.HELD || plan.status() == FundingStatus.COMMITTED) {
				return plan;
			}
			FiscalYear year = new FiscalYear(plan.project().planYear());
			List<Commitment> commitments = new ArrayList<>();
			for (Map.Entry<CostParty, Long> share : plan.governmentShares().entrySet()) {
				CostParty party = share.getKey();
				long amount = share.getValue();
				FundingSource source = FundingSource.valueOf(party.budgetSource().orElseThrow());
				LineStanding line = lines.of(year, source)
					.stream()
					.findFirst()
					.orElseThrow(() -> new RuleViolationException(NO_LINE, "planYear", plan.project().planYear()
							+ " has no " + source.name() + " line for the " + party.name() + " share of " + amount
							+ " fen"));
				Account account = Account.commitment(projectId.value(), line.line().id().value(), year.value(),
						source.name());
				ledger.open(account);
				Transfer hold = Transfer.pending(plan.transferId("hold:" + party), AccountId.budgetLine(line.line()
					.id()
					.value()), account.id(), amount, "COMMITMENT", projectId.value(),
						party.label() + " share of project " + projectId + " held", caller.subject(), facts.now());
				ledger.apply(hold);
				commitments.add(new Commitment(party, line.line().id().value(), source.name(), amount, hold.id()));
			}
			FundingPlan held = plan.move(FundingAction.HOLD, commitments);
			plans.save(held, caller.subject(), facts.now());
			events.publishEvent(new FundingFact.Committed(facts.metadata(), held, facts.disbursedFen(held), false,
					caller.subject(), facts.now()));
			audit.changed(caller, OPERATION, projectId, "held " + held.committedFen() + " fen on "
					+ commitments.size() + " budget line(s) of " + year);
			return held;
		});
	}

}
