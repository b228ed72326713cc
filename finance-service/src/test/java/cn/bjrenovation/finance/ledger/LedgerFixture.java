package cn.bjrenovation.finance.ledger;

import java.time.Instant;
import java.util.UUID;

import cn.bjrenovation.finance.ledger.application.LedgerTransactions;
import cn.bjrenovation.finance.ledger.domain.Account;
import cn.bjrenovation.finance.ledger.domain.AccountId;
import cn.bjrenovation.finance.ledger.domain.AccountKind;
import cn.bjrenovation.finance.ledger.domain.SubsidyLedger;
import cn.bjrenovation.finance.ledger.domain.Transfer;
import cn.bjrenovation.finance.ledger.domain.TransferResult;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts of the ledger made for one test, named after a fresh prefix so tests sharing the database never meet. */
final class LedgerFixture {

	private final SubsidyLedger ledger;

	private final LedgerTransactions transactions;

	private final JdbcClient jdbc;

	final String prefix = "test-" + UUID.randomUUID().toString().substring(0, 8);

	LedgerFixture(SubsidyLedger ledger, LedgerTransactions transactions, JdbcClient jdbc) {
		this.ledger = ledger;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	/** A budget line of the given amount, funded from an appropriation, outside the budget_line table. */
	AccountId line(String name, long amountFen) {
		AccountId source = open(name + "-source", AccountKind.APPROPRIATION);
		AccountId line = open(name, AccountKind.BUDGET_LINE);
		apply(Transfer.posted(UUID.randomUUID(), source, line, amountFen, "APPROPRIATION", null, "test appropriation",
				"test", Instant.now()));
		return line;
	}

	AccountId open(String name, AccountKind kind) {
		AccountId id = new AccountId(prefix + ":" + name);
		transactions.run(() -> {
			ledger.open(new Account(id, kind, null, null, null, null, null));
			return null;
		});
		return id;
	}

	TransferResult apply(Transfer transfer) {
		return transactions.run(() -> ledger.apply(transfer));
	}

	long available(AccountId id) {
		return ledger.balance(id).orElseThrow().availableFen();
	}

	/** Turns the database's no-overdraft CHECK off (and back on): for showing what the guard is worth. */
	void overdraftCheck(boolean on) {
		if (on) {
			jdbc.sql("""
					ALTER TABLE ledger_account ADD CONSTRAINT ledger_account_no_overdraft
					  CHECK (NOT debits_must_not_exceed_credits OR debits_posted + debits_pending <= credits_posted)""")
				.update();
		}
		else {
			jdbc.sql("ALTER TABLE ledger_account DROP CONSTRAINT ledger_account_no_overdraft").update();
		}
	}

}
