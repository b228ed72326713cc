package cn.bjrenovation.finance.budget.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.finance.budget.domain.BudgetLine;
import cn.bjrenovation.finance.budget.domain.BudgetLineId;
import cn.bjrenovation.finance.budget.domain.BudgetLines;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters a renovation appropriation (Annex 2 财政局: 市级财政资金预算安排). Only the Finance Bureau holds this duty;
 * the duty policy refuses everyone else before the call gets here. The line records who entered it, for audit.
 */
@Service
public class AddingBudgetLine {

	static final String OPERATION = "finance.budget-line.add";

	private final BudgetLines lines;

	private final AuditTrail audit;

	AddingBudgetLine(BudgetLines lines, AuditTrail audit) {
		this.lines = lines;
		this.audit = audit;
	}

	@Transactional
	public BudgetLine add(Caller caller, AddBudgetLineCommand command) {
		// PostgreSQL keeps microseconds; truncating here makes the answer equal what a later read returns
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		BudgetLine line = BudgetLine.add(BudgetLineId.newId(), command.fiscalYear(), command.source(),
				command.amountFen(), command.description(), caller.subject(), now);
		lines.add(line);
		audit.changed(OPERATION, line.id(), "added " + line.amountFen() + " fen to " + line.fiscalYear());
		return line;
	}

}
