package cn.bjrenovation.finance.funding.domain;

/** Where a funding plan is; see {@link FundingAction} for the moves between them. */
public enum FundingStatus {
	/** Drafted from the approved design, awaiting the Finance Bureau. */
	DRAFTED,
	/**
	 * Planning returned the design after the plan was drafted: the plan waits for the next approved scheme, which
	 * redrafts it, and cannot be confirmed meanwhile.
	 */
	RETURNED_TO_DRAFT,
	/** Confirmed: the government part is held on budget lines. */
	HELD,
	/** The hold is posted: funding in place (资金已落实). */
	COMMITTED,
	/** The project left the plan or was withdrawn. */
	VOIDED
}
