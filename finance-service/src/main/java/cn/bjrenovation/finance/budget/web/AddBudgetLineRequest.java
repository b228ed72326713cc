package cn.bjrenovation.finance.budget.web;

import cn.bjrenovation.finance.budget.application.AddBudgetLineCommand;

/**
 * {@code POST /api/finance/budget-lines} body, read as given (numbers boxed, so a missing one is told apart from
 * zero); the command checks it.
 */
record AddBudgetLineRequest(Integer fiscalYear, String source, Long amountFen, String description) {

	AddBudgetLineCommand toCommand() {
		return AddBudgetLineCommand.of(fiscalYear, source, amountFen, description);
	}

}
