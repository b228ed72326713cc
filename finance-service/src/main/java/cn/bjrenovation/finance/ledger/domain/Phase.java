package cn.bjrenovation.finance.ledger.domain;

/** The two-phase life of money (TigerBeetle's pending transfers): a hold, then posted or voided, once. */
public enum Phase {

	/** Single phase: the money moves now. */
	POSTED,
	/** A hold: reserved on the debit account, not yet moved. */
	PENDING,
	/** Moves the money of a hold. */
	POST_PENDING,
	/** Releases a hold; nothing moves. */
	VOID_PENDING;

	public boolean resolvesAHold() {
		return this == POST_PENDING || this == VOID_PENDING;
	}

}
