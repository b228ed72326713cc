package cn.bjrenovation.finance.budget.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.finance.budget.domain.BudgetLine;
import cn.bjrenovation.finance.budget.domain.BudgetLineId;
import cn.bjrenovation.finance.budget.domain.BudgetLines;
import cn.bjrenovation.finance.ledger.application.LedgerTransactions;
import cn.bjrenovation.finance.ledger.domain.Account;
import cn.bjrenovation.finance.ledger.domain.SubsidyLedger;
import cn.bjrenovation.finance.ledger.domain.Transfer;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.problems.ForbiddenException;
import org.springframework.stereotype.Service;

/**
 * Enters a renovation appropriation (Annex 2 财政局: 市级财政资金预算安排). Who may is the duty policy's to say. The
 * line records who entered it, for audit, and becomes an account of the subsidy ledger funded by one transfer from
 * its year's appropriation of its source (the transfer's id is the line's), so the books balance from the start.
 */
@Service
public class AddingBudgetLine {

	static final String OPERATION = "finance.budget-line.add";

	/** A budget line belongs to the city's budget, not to any district, street or community. */
	private static final Place CITY_BUDGET = Place.of(null, null, null);

	private final BudgetLines lines;

	private final SubsidyLedger ledger;

	private final LedgerTransactions transactions;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	AddingBudgetLine(BudgetLines lines, SubsidyLedger ledger, LedgerTransactions transactions, DutyPolicy policy,
			AuditTrail audit, Clock clock) {
		this.lines = lines;
		this.ledger = ledger;
		this.transactions = transactions;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/** @throws ForbiddenException when the caller's reach is held to a place smaller than the city */
	public BudgetLine add(Caller caller, AddBudgetLineCommand command) {
		policy.reach(caller, OPERATION).requireCovers(CITY_BUDGET);
		// PostgreSQL keeps microseconds; truncating here makes the answer equal what a later read returns
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		BudgetLine line = BudgetLine.add(BudgetLineId.newId(), command.fiscalYear(), command.source(),
				command.amountFen(), command.description(), caller.subject(), now);
		return transactions.run(() -> {
			lines.add(line);
			int year = line.fiscalYear().value();
			String source = line.source().name();
			Account appropriation = Account.appropriation(year, source);
			Account account = Account.budgetLine(line.id().value(), year, source);
			ledger.open(appropriation);
			ledger.open(account);
			ledger.apply(Transfer.posted(line.id().value(), appropriation.id(), account.id(), line.amountFen(),
					"APPROPRIATION", null, "appropriation of budget line " + line.id(), caller.subject(), now));
			audit.changed(OPERATION, line.id(), "added " + line.amountFen() + " fen to " + line.fiscalYear());
			return line;
		});
	}

}
