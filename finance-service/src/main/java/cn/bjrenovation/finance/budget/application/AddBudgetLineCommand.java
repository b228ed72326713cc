package cn.bjrenovation.finance.budget.application;

import cn.bjrenovation.finance.budget.domain.FundingSource;

/** The Finance Bureau entering one appropriation for renovation. */
public record AddBudgetLineCommand(int fiscalYear, FundingSource source, long amountFen, String description) {
}
