package cn.bjrenovation.finance.budget.web;

import java.time.Instant;

import cn.bjrenovation.finance.budget.domain.BudgetLine;
import cn.bjrenovation.finance.budget.domain.LineStanding;

record BudgetLineResponse(String id, int fiscalYear, String source, long amountFen, long heldFen, long committedFen,
		long disbursedFen, long availableFen, String description, String addedBy, Instant addedAt) {

	/** A line just added: wholly available. */
	static BudgetLineResponse of(BudgetLine line) {
		return of(new LineStanding(line, 0, 0, 0, line.amountFen()));
	}

	static BudgetLineResponse of(LineStanding standing) {
		BudgetLine line = standing.line();
		return new BudgetLineResponse(line.id().toString(), line.fiscalYear().value(), line.source().name(),
				line.amountFen(), standing.heldFen(), standing.committedFen(), standing.disbursedFen(),
				standing.availableFen(), line.description(), line.addedBy(), line.addedAt());
	}

}
