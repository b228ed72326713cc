package cn.bjrenovation.finance.funding.domain;

import java.util.Set;

/**
 * The life cycle of a funding plan as one table: each action, the states it may start from and the state it leads to.
 * {@link FundingPlan#move} reads it and refuses anything else naming the current state.
 */
public enum FundingAction {

	/** A newer approved scheme replaces the draft (a hold is voided first). */
	REDRAFT(Set.of(FundingStatus.DRAFTED, FundingStatus.RETURNED_TO_DRAFT, FundingStatus.HELD), FundingStatus.DRAFTED),
	/** Planning returned the design before the money was committed: a hold is voided, the plan waits for a new scheme. */
	RETURN_TO_DRAFT(Set.of(FundingStatus.DRAFTED, FundingStatus.HELD), FundingStatus.RETURNED_TO_DRAFT),
	/** The Finance Bureau confirms the plan and holds the government part (pending). */
	HOLD(Set.of(FundingStatus.DRAFTED), FundingStatus.HELD),
	/** The hold is posted: the money is committed. */
	POST(Set.of(FundingStatus.HELD), FundingStatus.COMMITTED),
	/** The project left the plan or was withdrawn: holds voided, undisbursed commitments released. */
	VOID(Set.of(FundingStatus.DRAFTED, FundingStatus.RETURNED_TO_DRAFT, FundingStatus.HELD, FundingStatus.COMMITTED),
			FundingStatus.VOIDED);

	private final Set<FundingStatus> from;

	private final FundingStatus to;

	FundingAction(Set<FundingStatus> from, FundingStatus to) {
		this.from = from;
		this.to = to;
	}

	public boolean allowedFrom(FundingStatus status) {
		return from.contains(status);
	}

	public FundingStatus to() {
		return to;
	}

}
