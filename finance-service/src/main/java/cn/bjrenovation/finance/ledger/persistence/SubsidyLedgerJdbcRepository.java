package cn.bjrenovation.finance.ledger.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import cn.bjrenovation.finance.ledger.domain.Account;
import cn.bjrenovation.finance.ledger.domain.AccountBalance;
import cn.bjrenovation.finance.ledger.domain.AccountId;
import cn.bjrenovation.finance.ledger.domain.AccountKind;
import cn.bjrenovation.finance.ledger.domain.InsufficientFunds;
import cn.bjrenovation.finance.ledger.domain.LedgerBalance;
import cn.bjrenovation.finance.ledger.domain.LedgerRefusal;
import cn.bjrenovation.finance.ledger.domain.Phase;
import cn.bjrenovation.finance.ledger.domain.SubsidyLedger;
import cn.bjrenovation.finance.ledger.domain.Transfer;
import cn.bjrenovation.finance.ledger.domain.TransferResult;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger in PostgreSQL. The no-overdraft rule is the database's: the debit side is one conditional UPDATE (the
 * row is locked and re-read by PostgreSQL before the condition is tested, so concurrent debits queue and each sees the
 * last one's total), and the CHECK {@code ledger_account_no_overdraft} refuses any row that would break it even if
 * the condition were wrong. Accounts are updated in id order, so two transfers between the same accounts never wait
 * on each other in a cycle.
 */
@Repository
class SubsidyLedgerJdbcRepository implements SubsidyLedger {

	private static final String NO_OVERDRAFT = "ledger_account_no_overdraft";

	private static final String RESOLVES_ONCE = "ledger_transfer_resolves_a_hold_once";

	/** The transfer's one statement ({@link #record}). */
	private static final String TRANSFER = """
			WITH recorded AS (
			  INSERT INTO ledger_transfer (id, debit_account, credit_account, amount_fen, phase, pending_id, code,
			                               project_id, memo, recorded_by, recorded_at)
			  VALUES (:id, :debit, :credit, :amount, :phase, :pending, :code, :project, :memo, :by, :at)
			  ON CONFLICT (id) DO NOTHING
			  RETURNING id),
			""" + accountMove("first_account", "1", "recorded") + ",\n" + accountMove("second_account", "2", "first_account")
			+ "\nSELECT (SELECT count(*) FROM recorded) AS inserted, (SELECT count(*) FROM second_account) AS moved";

	private final JdbcClient jdbc;

	SubsidyLedgerJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void open(Account account) {
		jdbc.sql("""
				INSERT INTO ledger_account (id, kind, fiscal_year, source, budget_line_id, project_id, community_id,
				                            debits_must_not_exceed_credits)
				VALUES (:id, :kind, :year, :source, :line, :project, :community, :noOverdraft)
				ON CONFLICT (id) DO NOTHING
				""")
			.param("id", account.id().value())
			.param("kind", account.kind().name())
			.param("year", account.fiscalYear())
			.param("source", account.source())
			.param("line", account.budgetLineId())
			.param("project", account.projectId())
			.param("community", account.communityId())
			.param("noOverdraft", account.kind().debitsMustNotExceedCredits())
			.update();
	}

	@Override
	public TransferResult apply(Transfer transfer) {
		if (transfer.phase().resolvesAHold()) {
			requireItsHold(transfer);
		}
		Recorded recorded;
		try {
			recorded = record(transfer);
		}
		catch (DuplicateKeyException ex) {
			// another id resolved the same hold first (the unique index on pending_id)
			throw resolvedAlready(transfer, ex);
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMessage()).contains(NO_OVERDRAFT)) {
				// the CHECK caught what the condition let through; the transaction is aborted, so nothing more is read
				throw new InsufficientFunds(transfer.id(), transfer.debit(), transfer.amountFen(), 0, "amountFen");
			}
			if (!String.valueOf(ex.getMessage()).contains("_account_fkey")) {
				throw ex;
			}
			throw new LedgerRefusal(transfer.id(), LedgerRefusal.Reason.ACCOUNT_NOT_FOUND,
					"names an account the ledger does not hold: " + transfer.debit() + " or " + transfer.credit());
		}
		if (!recorded.inserted()) {
			Transfer first = transfer(transfer.id()).orElseThrow();
			transfer.differenceFrom(first).ifPresent(field -> {
				throw LedgerRefusal.existsWithDifferent(transfer.id(), field);
			});
			return TransferResult.EXISTS;
		}
		if (!recorded.bothAccountsMoved()) {
			// the debit's no-overdraft condition held it back (a missing account fails the insert's foreign key)
			throw insufficient(transfer);
		}
		return TransferResult.CREATED;
	}

	/** What the transfer's one statement did: whether its row was new, and whether both accounts were then moved. */
	private record Recorded(boolean inserted, boolean bothAccountsMoved) {
	}

	/**
	 * The transfer in one statement, one round trip: its row inserted unless its id is known, then its two accounts
	 * updated in id order — each update waits for the one before it (its {@code EXISTS}), so concurrent transfers lock
	 * accounts in one order and never deadlock on a pair — the debit only while it stays within its credits. A known
	 * id moves nothing.
	 */
	private Recorded record(Transfer transfer) {
		List<AccountMove> moves = Stream.of(AccountMove.debit(transfer), AccountMove.credit(transfer))
			.sorted(Comparator.comparing(AccountMove::account))
			.toList();
		AccountMove first = moves.get(0);
		AccountMove second = moves.get(1);
		return jdbc.sql(TRANSFER)
			.param("id", transfer.id())
			.param("debit", transfer.debit().value())
			.param("credit", transfer.credit().value())
			.param("amount", transfer.amountFen())
			.param("phase", transfer.phase().name())
			.param("pending", transfer.pendingId())
			.param("code", transfer.code())
			.param("project", transfer.projectId())
			.param("memo", transfer.memo())
			.param("by", transfer.recordedBy())
			.param("at", Timestamp.from(transfer.recordedAt()))
			.params(first.params("1"))
			.params(second.params("2"))
			.query((rs, row) -> new Recorded(rs.getLong("inserted") == 1, rs.getLong("moved") == 1))
			.single();
	}

	/** One account's update in the transfer's statement, run only once {@code after} has its row. */
	private static String accountMove(String name, String n, String after) {
		return """
				%s AS (
				  UPDATE ledger_account
				  SET debits_posted = debits_posted + :dp%2$s, debits_pending = debits_pending + :dpe%2$s,
				      credits_posted = credits_posted + :cp%2$s, credits_pending = credits_pending + :cpe%2$s
				  WHERE id = :a%2$s AND EXISTS (SELECT 1 FROM %3$s)
				    AND (NOT :guard%2$s OR NOT debits_must_not_exceed_credits
				         OR debits_posted + debits_pending + :added%2$s <= credits_posted)
				  RETURNING id)""".formatted(name, n, after);
	}

	/**
	 * What a transfer adds to one account's four totals. Posting or voiding a hold moves its amount out of pending
	 * (and, posting, into posted); only what it adds to posted + held debits can overdraw, so only that is guarded.
	 */
	private record AccountMove(String account, long debitsPosted, long debitsPending, long creditsPosted,
			long creditsPending, boolean guarded) {

		static AccountMove debit(Transfer transfer) {
			long posted = posted(transfer);
			long pending = pending(transfer);
			return new AccountMove(transfer.debit().value(), posted, pending, 0, 0, true);
		}

		static AccountMove credit(Transfer transfer) {
			return new AccountMove(transfer.credit().value(), 0, 0, posted(transfer), pending(transfer), false);
		}

		private static long posted(Transfer transfer) {
			return switch (transfer.phase()) {
				case POSTED, POST_PENDING -> transfer.amountFen();
				case PENDING, VOID_PENDING -> 0;
			};
		}

		private static long pending(Transfer transfer) {
			return switch (transfer.phase()) {
				case PENDING -> transfer.amountFen();
				case POST_PENDING, VOID_PENDING -> -transfer.amountFen();
				case POSTED -> 0;
			};
		}

		Map<String, Object> params(String n) {
			return Map.of("a" + n, account, "dp" + n, debitsPosted, "dpe" + n, debitsPending, "cp" + n,
					creditsPosted, "cpe" + n, creditsPending, "guard" + n, guarded, "added" + n,
					debitsPosted + debitsPending);
		}

	}

	/** The hold a post or void resolves, which it must repeat exactly. */
	private void requireItsHold(Transfer transfer) {
		Transfer hold = transfer(transfer.pendingId())
			.filter(found -> found.phase() == Phase.PENDING)
			.orElseThrow(() -> new LedgerRefusal(transfer.id(), LedgerRefusal.Reason.PENDING_TRANSFER_NOT_FOUND,
					"pending transfer " + transfer.pendingId() + " is not a hold of the ledger"));
		if (!hold.debit().equals(transfer.debit()) || !hold.credit().equals(transfer.credit())
				|| hold.amountFen() != transfer.amountFen()) {
			throw LedgerRefusal.existsWithDifferent(transfer.id(), "accounts or amount than its hold " + hold.id());
		}
	}

	private static LedgerRefusal resolvedAlready(Transfer transfer, RuntimeException cause) {
		if (!String.valueOf(cause.getMessage()).contains(RESOLVES_ONCE)) {
			throw cause;
		}
		return new LedgerRefusal(transfer.id(), LedgerRefusal.Reason.PENDING_TRANSFER_ALREADY_RESOLVED,
				"pending transfer " + transfer.pendingId() + " is already posted or voided");
	}

	private RuntimeException insufficient(Transfer transfer) {
		long available = balance(transfer.debit()).map(AccountBalance::availableFen)
			.orElseThrow(() -> new LedgerRefusal(transfer.id(), LedgerRefusal.Reason.ACCOUNT_NOT_FOUND,
					"debit account " + transfer.debit() + " is not in the ledger"));
		return new InsufficientFunds(transfer.id(), transfer.debit(), transfer.amountFen(), available, "amountFen");
	}

	@Override
	public Optional<Transfer> transfer(UUID id) {
		return jdbc.sql("""
				SELECT id, debit_account, credit_account, amount_fen, phase, pending_id, code, project_id, memo,
				       recorded_by, recorded_at
				FROM ledger_transfer WHERE id = :id
				""")
			.param("id", id)
			.query((rs, row) -> new Transfer(rs.getObject("id", UUID.class), new AccountId(rs.getString("debit_account")),
					new AccountId(rs.getString("credit_account")), rs.getLong("amount_fen"),
					Phase.valueOf(rs.getString("phase")), rs.getObject("pending_id", UUID.class), rs.getString("code"),
					rs.getObject("project_id", UUID.class), rs.getString("memo"), rs.getString("recorded_by"),
					rs.getTimestamp("recorded_at").toInstant()))
			.optional();
	}

	private static final String BALANCE_COLUMNS = """
			SELECT id, kind, fiscal_year, source, budget_line_id, project_id, community_id, debits_posted,
			       credits_posted, debits_pending, credits_pending
			FROM ledger_account
			""";

	@Override
	public Optional<AccountBalance> balance(AccountId id) {
		return jdbc.sql(BALANCE_COLUMNS + " WHERE id = :id").param("id", id.value()).query(this::balanceOf).optional();
	}

	@Override
	public List<AccountBalance> ofProject(UUID projectId) {
		return jdbc.sql(BALANCE_COLUMNS + " WHERE project_id = :project ORDER BY id")
			.param("project", projectId)
			.query(this::balanceOf)
			.list();
	}

	private AccountBalance balanceOf(ResultSet rs, int row) throws SQLException {
		Integer year = rs.getObject("fiscal_year", Integer.class);
		Account account = new Account(new AccountId(rs.getString("id")), AccountKind.valueOf(rs.getString("kind")), year,
				rs.getString("source"), rs.getObject("budget_line_id", UUID.class),
				rs.getObject("project_id", UUID.class), rs.getObject("community_id", UUID.class));
		return new AccountBalance(account, rs.getLong("debits_posted"), rs.getLong("credits_posted"),
				rs.getLong("debits_pending"), rs.getLong("credits_pending"));
	}

	/** One snapshot: the accounts' totals and the sums of the transfers behind them. */
	@Override
	public LedgerBalance check() {
		return jdbc.sql("""
				WITH effect AS (
				  SELECT debit_account AS account,
				         CASE WHEN phase IN ('POSTED', 'POST_PENDING') THEN amount_fen ELSE 0 END AS debits_posted,
				         CASE phase WHEN 'PENDING' THEN amount_fen WHEN 'POSTED' THEN 0 ELSE -amount_fen END AS debits_pending,
				         0::bigint AS credits_posted, 0::bigint AS credits_pending
				  FROM ledger_transfer
				  UNION ALL
				  SELECT credit_account, 0, 0,
				         CASE WHEN phase IN ('POSTED', 'POST_PENDING') THEN amount_fen ELSE 0 END,
				         CASE phase WHEN 'PENDING' THEN amount_fen WHEN 'POSTED' THEN 0 ELSE -amount_fen END
				  FROM ledger_transfer),
				summed AS (
				  SELECT account, sum(debits_posted) AS dp, sum(debits_pending) AS dpe, sum(credits_posted) AS cp,
				         sum(credits_pending) AS cpe
				  FROM effect GROUP BY account)
				SELECT coalesce(sum(a.debits_posted), 0)   AS debits_posted,
				       coalesce(sum(a.credits_posted), 0)  AS credits_posted,
				       coalesce(sum(a.debits_pending), 0)  AS debits_pending,
				       coalesce(sum(a.credits_pending), 0) AS credits_pending,
				       (SELECT count(*) FROM ledger_transfer) AS transfers,
				       count(*) FILTER (WHERE a.debits_posted <> coalesce(s.dp, 0) OR a.debits_pending <> coalesce(s.dpe, 0)
				                         OR a.credits_posted <> coalesce(s.cp, 0) OR a.credits_pending <> coalesce(s.cpe, 0))
				                                   AS disagreeing,
				       count(*) FILTER (WHERE a.debits_must_not_exceed_credits
				                         AND a.debits_posted + a.debits_pending > a.credits_posted) AS overdrawn
				FROM ledger_account a LEFT JOIN summed s ON s.account = a.id
				""")
			.query((rs, row) -> new LedgerBalance(rs.getLong("debits_posted"), rs.getLong("credits_posted"),
					rs.getLong("debits_pending"), rs.getLong("credits_pending"), rs.getLong("transfers"),
					rs.getLong("disagreeing"), rs.getLong("overdrawn")))
			.single();
	}

}
