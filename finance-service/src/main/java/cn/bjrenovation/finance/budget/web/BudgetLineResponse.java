package cn.bjrenovation.finance.budget.web;

import java.time.Instant;

import cn.bjrenovation.finance.budget.domain.BudgetLine;

record BudgetLineResponse(String id, int fiscalYear, String source, long amountFen, long committedFen,
		String description, String addedBy, Instant addedAt) {

	static BudgetLineResponse of(BudgetLine line) {
		return new BudgetLineResponse(line.id().toString(), line.fiscalYear().value(), line.source().name(), line.amountFen(),
				line.committedFen(), line.description(), line.addedBy(), line.addedAt());
	}

}
