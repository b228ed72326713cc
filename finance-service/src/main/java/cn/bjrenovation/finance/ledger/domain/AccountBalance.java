package cn.bjrenovation.finance.ledger.domain;

/** An account's running totals, fen. */
public record AccountBalance(Account account, long debitsPosted, long creditsPosted, long debitsPending,
		long creditsPending) {

	/** What the account can still give: posted credits less posted and held debits. */
	public long availableFen() {
		return creditsPosted - debitsPosted - debitsPending;
	}

}
