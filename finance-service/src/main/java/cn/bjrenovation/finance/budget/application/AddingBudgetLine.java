package cn.bjrenovation.finance.budget.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.finance.budget.domain.BudgetLine;
import cn.bjrenovation.finance.budget.domain.BudgetLineId;
import cn.bjrenovation.finance.budget.domain.BudgetLines;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.problems.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters a renovation appropriation (Annex 2 财政局: 市级财政资金预算安排). Who may is the duty policy's to say. The
 * line records who entered it, for audit.
 */
@Service
public class AddingBudgetLine {

	static final String OPERATION = "finance.budget-line.add";

	/** A budget line belongs to the city's budget, not to any district, street or community. */
	private static final Place CITY_BUDGET = Place.of(null, null, null);

	private final BudgetLines lines;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	AddingBudgetLine(BudgetLines lines, DutyPolicy policy, AuditTrail audit, Clock clock) {
		this.lines = lines;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/** @throws ForbiddenException when the caller's reach is held to a place smaller than the city */
	@Transactional
	public BudgetLine add(Caller caller, AddBudgetLineCommand command) {
		policy.reach(caller, OPERATION).requireCovers(CITY_BUDGET);
		// PostgreSQL keeps microseconds; truncating here makes the answer equal what a later read returns
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		BudgetLine line = BudgetLine.add(BudgetLineId.newId(), command.fiscalYear(), command.source(),
				command.amountFen(), command.description(), caller.subject(), now);
		lines.add(line);
		audit.changed(OPERATION, line.id(), "added " + line.amountFen() + " fen to " + line.fiscalYear());
		return line;
	}

}
