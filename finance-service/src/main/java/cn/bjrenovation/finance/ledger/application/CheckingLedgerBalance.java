package cn.bjrenovation.finance.ledger.application;

import cn.bjrenovation.finance.ledger.domain.LedgerBalance;
import cn.bjrenovation.finance.ledger.domain.SubsidyLedger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells whether the subsidy ledger balances (资金监管, A2 财政局: supervision of fund use): Σ debits = Σ credits,
 * every account agreeing with its transfers, none overdrawn. The figures are the city's.
 */
@Service
public class CheckingLedgerBalance {

	private final SubsidyLedger ledger;

	CheckingLedgerBalance(SubsidyLedger ledger) {
		this.ledger = ledger;
	}

	/** One snapshot of accounts and transfers, so transfers committing meanwhile cannot make it look unbalanced. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public LedgerBalance check() {
		return ledger.check();
	}

}
