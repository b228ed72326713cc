package cn.bjrenovation.finance.budget.domain;

import java.util.List;
import java.util.Optional;

/** The renovation budget lines of every fiscal year, with where each stands in the subsidy ledger. */
public interface BudgetLines {

	void add(BudgetLine line);

	Optional<LineStanding> find(BudgetLineId id);

	/** The lines of a year and source, the one with most available first. */
	List<LineStanding> of(FiscalYear year, FundingSource source);

	/** The year's lines summed, per source; zeros when the year has none. */
	FiscalCapacity capacityOf(FiscalYear year);

}
