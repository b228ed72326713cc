package cn.bjrenovation.finance.ledger.domain;

/** What an account of the subsidy ledger holds; whether it may go below zero follows from it. */
public enum AccountKind {

	/** A year's source of money (预算来源): debited as lines are appropriated, so below zero by design. */
	APPROPRIATION(false),
	/** One budget line (预算指标): never below zero. */
	BUDGET_LINE(true),
	/** A project's committed government part from one source: never paid beyond what was posted to it. */
	COMMITMENT(true),
	/** What a project was paid from one source. */
	DISBURSED(false),
	/** A community's owners paying into their maintenance fund. */
	OWNERS(false),
	/** A community's maintenance fund (住宅专项维修资金): never below zero. */
	MAINTENANCE_FUND(true),
	/** What a project took from a maintenance fund. */
	FUND_USE(false);

	private final boolean debitsMustNotExceedCredits;

	AccountKind(boolean debitsMustNotExceedCredits) {
		this.debitsMustNotExceedCredits = debitsMustNotExceedCredits;
	}

	/** TigerBeetle's flag: held and posted debits together never exceed posted credits. */
	public boolean debitsMustNotExceedCredits() {
		return debitsMustNotExceedCredits;
	}

}
