package cn.bjrenovation.finance.ledger.domain;

import java.util.UUID;

import cn.bjrenovation.platform.problems.ConflictException;

/**
 * The ledger refuses a transfer that contradicts what it holds (409): an id already used for another transfer ("exists
 * with different amount"), a hold already posted or voided, a hold that is not there. Nothing of the transfer is
 * recorded.
 */
public class LedgerRefusal extends ConflictException {

	/** Why, in TigerBeetle's words. */
	public enum Reason {
		EXISTS_WITH_DIFFERENT_FIELDS, PENDING_TRANSFER_NOT_FOUND, PENDING_TRANSFER_ALREADY_RESOLVED, ACCOUNT_NOT_FOUND
	}

	private final UUID transferId;

	private final Reason reason;

	public LedgerRefusal(UUID transferId, Reason reason, String detail) {
		super("transfer " + transferId + ": " + detail);
		this.transferId = transferId;
		this.reason = reason;
	}

	public static LedgerRefusal existsWithDifferent(UUID id, String field) {
		return new LedgerRefusal(id, Reason.EXISTS_WITH_DIFFERENT_FIELDS,
				"exists with different " + field + " (an id names one transfer, for good)");
	}

	public UUID transferId() {
		return transferId;
	}

	public Reason reason() {
		return reason;
	}

}
