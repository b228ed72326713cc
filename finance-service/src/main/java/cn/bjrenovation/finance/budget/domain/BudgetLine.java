package cn.bjrenovation.finance.budget.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One appropriation for renovation in a fiscal year from one funding source (预算安排). Subsidies are later
 * committed against it in the subsidy ledger, where the line is an account that never goes below zero
 * ({@link LineStanding}); what is not yet committed is what the annual plan may still count on. Amounts in fen
 * (分), so no money is ever a floating-point number.
 */
public record BudgetLine(BudgetLineId id, FiscalYear fiscalYear, FundingSource source, long amountFen,
		String description, String addedBy, Instant addedAt) {

	/**
	 * The input was checked where it entered (see {@code AddBudgetLineCommand}); what is held here are the line's
	 * invariants, which the database holds too.
	 * @throws IllegalArgumentException when the amount is not above zero
	 */
	public BudgetLine {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(fiscalYear, "fiscalYear");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(addedBy, "addedBy");
		Objects.requireNonNull(addedAt, "addedAt");
		if (amountFen <= 0) {
			throw new IllegalArgumentException("budget line " + id + " holds " + amountFen + " fen");
		}
	}

	/** A new, wholly uncommitted line. */
	public static BudgetLine add(BudgetLineId id, FiscalYear fiscalYear, FundingSource source, long amountFen,
			String description, String addedBy, Instant addedAt) {
		return new BudgetLine(id, fiscalYear, source, amountFen, description.strip(), addedBy, addedAt);
	}

}
