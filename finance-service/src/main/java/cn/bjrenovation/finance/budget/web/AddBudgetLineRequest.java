package cn.bjrenovation.finance.budget.web;

import cn.bjrenovation.finance.budget.application.AddBudgetLineCommand;
import cn.bjrenovation.finance.budget.domain.FundingSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/finance/budget-lines} body. Only its shape is checked here (present, not too long); the
 * money rules (year range, amount above zero) live once, in {@code BudgetLine}. The source is read as text so an
 * unknown one is refused naming the {@code source} field, instead of failing JSON parsing with no field at all.
 */
record AddBudgetLineRequest(
		@NotNull Integer fiscalYear,
		@NotBlank String source,
		@NotNull Long amountFen,
		@NotBlank @Size(max = 500) String description) {

	AddBudgetLineCommand toCommand() {
		return new AddBudgetLineCommand(fiscalYear, FundingSource.parse(source, "source"), amountFen, description);
	}

}
