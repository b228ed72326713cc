package cn.bjrenovation.finance.funding.application;

import cn.bjrenovation.finance.funding.domain.Commitment;
import cn.bjrenovation.finance.funding.domain.FundingPlan;
import cn.bjrenovation.finance.ledger.domain.AccountBalance;
import cn.bjrenovation.finance.ledger.domain.AccountId;
import cn.bjrenovation.finance.ledger.domain.SubsidyLedger;
import cn.bjrenovation.finance.ledger.domain.Transfer;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.stereotype.Component;

/**
 * The compensations of a funding plan, as ledger entries: a hold is voided (nothing moved), a posted commitment's
 * undisbursed rest goes back to its budget line by a new transfer (the commitment itself is never erased). Each entry's
 * id follows from the plan, so doing it again records nothing twice. Runs in the caller's transaction.
 */
@Component
class ReleasingFunding {

	private final SubsidyLedger ledger;

	private final FundingEvents facts;

	ReleasingFunding(SubsidyLedger ledger, FundingEvents facts) {
		this.ledger = ledger;
		this.facts = facts;
	}

	/** Voids every hold of a plan in HELD. */
	void voidHolds(FundingPlan plan, Caller caller) {
		for (Commitment commitment : plan.commitments()) {
			Transfer hold = ledger.transfer(commitment.holdTransferId()).orElseThrow();
			ledger.apply(Transfer.resolving(plan.transferId("void:" + commitment.party()), hold, false,
					"hold voided for project " + plan.project().id(), caller.subject(), facts.now()));
		}
	}

	/** Returns what a COMMITTED plan has not paid out to its budget lines; how much. */
	long releaseCommitments(FundingPlan plan, Caller caller) {
		long released = 0;
		for (Commitment commitment : plan.commitments()) {
			AccountId account = AccountId.commitment(plan.project().id().value(), commitment.budgetLineId());
			long rest = ledger.balance(account).map(AccountBalance::availableFen).orElse(0L);
			if (rest > 0) {
				ledger.apply(Transfer.posted(plan.transferId("release:" + commitment.party()), account,
						AccountId.budgetLine(commitment.budgetLineId()), rest, "RELEASE", plan.project().id().value(),
						"undisbursed commitment released for project " + plan.project().id(), caller.subject(),
						facts.now()));
				released += rest;
			}
		}
		return released;
	}

}
