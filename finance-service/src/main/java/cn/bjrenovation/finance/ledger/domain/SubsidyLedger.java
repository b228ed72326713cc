package cn.bjrenovation.finance.ledger.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The subsidy ledger (DOMAIN §7): accounts and immutable double-entry transfers. Runs in the caller's transaction, so
 * a use case's transfers, its own rows and its events commit together or not at all.
 */
public interface SubsidyLedger {

	/** Opens the account unless it exists. */
	void open(Account account);

	/**
	 * Records the transfer and moves its amounts on both accounts, or finds it recorded already.
	 * @return {@link TransferResult#EXISTS} for a replay with the same fields (nothing changes)
	 * @throws InsufficientFunds when the debit account may not go below zero and would (nothing is recorded)
	 * @throws LedgerRefusal when the id names another transfer, or the hold is absent or resolved already
	 */
	TransferResult apply(Transfer transfer);

	Optional<Transfer> transfer(UUID id);

	Optional<AccountBalance> balance(AccountId id);

	/** The accounts of a project (commitments, disbursements, fund uses) with their totals. */
	List<AccountBalance> ofProject(UUID projectId);

	LedgerBalance check();

}
