package cn.bjrenovation.finance.ledger.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a ledger account, readable by an auditor: {@code budget-line:<id>}, {@code commitment:<project>:<source>}
 * and so on. The name says what the account holds, so the ledger reads without joins.
 */
public record AccountId(String value) {

	public AccountId {
		Objects.requireNonNull(value, "value");
		if (value.isBlank() || value.length() > 200) {
			throw new IllegalArgumentException("an account id has 1–200 characters: " + value);
		}
	}

	/** Where a year's money of one source enters the books; the only accounts that may go below zero. */
	public static AccountId appropriation(int year, String source) {
		return new AccountId("appropriation:" + year + ":" + source);
	}

	public static AccountId budgetLine(UUID lineId) {
		return new AccountId("budget-line:" + lineId);
	}

	/** A project's government part committed from one budget line, not yet paid. */
	public static AccountId commitment(UUID projectId, UUID lineId) {
		return new AccountId("commitment:" + projectId + ":" + lineId);
	}

	/** What a project was paid from one budget line. */
	public static AccountId disbursed(UUID projectId, UUID lineId) {
		return new AccountId("disbursed:" + projectId + ":" + lineId);
	}

	/** The owners of a community, as payers into their maintenance fund. */
	public static AccountId owners(UUID communityId) {
		return new AccountId("owners:" + communityId);
	}

	/** A community's special maintenance fund (住宅专项维修资金). */
	public static AccountId maintenanceFund(UUID communityId) {
		return new AccountId("maintenance-fund:" + communityId);
	}

	/** What a project took from a maintenance fund. */
	public static AccountId fundUse(UUID projectId) {
		return new AccountId("fund-use:" + projectId);
	}

	@Override
	public String toString() {
		return value;
	}

}
