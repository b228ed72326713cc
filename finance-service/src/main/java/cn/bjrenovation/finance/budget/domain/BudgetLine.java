package cn.bjrenovation.finance.budget.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;

/**
 * One appropriation for renovation in a fiscal year from one funding source (预算安排). Subsidies are later
 * committed against it; what is not yet committed is what the annual plan may still count on. Amounts in fen
 * (分), so no money is ever a floating-point number.
 */
public record BudgetLine(BudgetLineId id, int fiscalYear, FundingSource source, long amountFen, long committedFen,
		String description, String addedBy, Instant addedAt) {

	/**
	 * A new, wholly uncommitted line, checking every rule at once so the finance officer sees all problems
	 * together. Field names are those of the REST request.
	 * @throws InvalidInputException listing each broken rule by field
	 */
	public static BudgetLine add(BudgetLineId id, int fiscalYear, FundingSource source, long amountFen,
			String description, String addedBy, Instant addedAt) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!FiscalYear.isValid(fiscalYear)) {
			problems.add(new FieldProblem("fiscalYear", FiscalYear.refusal(fiscalYear)));
		}
		if (source == null) {
			problems.add(new FieldProblem("source", "must name a funding source"));
		}
		if (amountFen <= 0) {
			problems.add(new FieldProblem("amountFen", amountFen + " fen: an appropriation must be more than zero"));
		}
		if (description == null || description.isBlank()) {
			problems.add(new FieldProblem("description", "must not be blank: say what the money is for"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new BudgetLine(id, fiscalYear, source, amountFen, 0, description.strip(), addedBy, addedAt);
	}

}
