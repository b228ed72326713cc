package cn.bjrenovation.finance.budget.domain;

/** The renovation budget lines of every fiscal year. */
public interface BudgetLines {

	void add(BudgetLine line);

	/** The year's lines summed; zeros when the year has none. */
	FiscalCapacity capacityOf(FiscalYear year);

}
