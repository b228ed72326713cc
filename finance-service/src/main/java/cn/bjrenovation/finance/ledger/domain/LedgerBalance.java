package cn.bjrenovation.finance.ledger.domain;

/**
 * Whether the books balance: Σ debits = Σ credits, posted and pending; every account's running totals equal what its
 * transfers add up to (so none was applied twice or lost); no account flagged never-below-zero is below zero.
 *
 * @param accountsDisagreeing accounts whose totals differ from the sum of their transfers
 */
public record LedgerBalance(long debitsPosted, long creditsPosted, long debitsPending, long creditsPending,
		long transfers, long accountsDisagreeing, long overdrawnAccounts) {

	public boolean balanced() {
		return debitsPosted == creditsPosted && debitsPending == creditsPending && accountsDisagreeing == 0
				&& overdrawnAccounts == 0;
	}

}
