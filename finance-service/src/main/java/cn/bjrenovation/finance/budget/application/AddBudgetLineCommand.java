package cn.bjrenovation.finance.budget.application;

import cn.bjrenovation.finance.budget.domain.FiscalYear;
import cn.bjrenovation.finance.budget.domain.FundingSource;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * The Finance Bureau entering one appropriation for renovation, checked where it enters.
 *
 * @param amountFen above zero and at most {@link #MAX_AMOUNT_FEN}, in fen (分)
 */
public record AddBudgetLineCommand(FiscalYear fiscalYear, FundingSource source, long amountFen, String description) {

	public static final int MAX_DESCRIPTION_LENGTH = 500;

	/** 一万亿元 in fen: far above any appropriation, low enough that a year's lines never overflow a sum. */
	public static final long MAX_AMOUNT_FEN = 100_000_000_000_000L;

	/**
	 * Reads the command from the request's fields, checking every rule at once so the finance officer sees all
	 * problems together, each under the field name of the request. The source is read as text so an unknown one
	 * is refused naming {@code source}; its Chinese name is accepted too.
	 * @throws InvalidInputException listing each broken rule by field
	 */
	public static AddBudgetLineCommand of(Integer fiscalYear, String source, Long amountFen, String description) {
		FieldCheck check = new FieldCheck();
		if (fiscalYear == null) {
			check.present(null, "fiscalYear");
		}
		else {
			check.require(FiscalYear.isValid(fiscalYear), "fiscalYear", FiscalYear.refusal(fiscalYear));
		}
		FundingSource fundingSource = check.choice(source, "source", FundingSource.class);
		if (amountFen == null) {
			check.present(null, "amountFen");
		}
		else {
			check.require(amountFen > 0, "amountFen", amountFen + " fen: an appropriation must be more than zero")
				.require(amountFen <= MAX_AMOUNT_FEN, "amountFen", amountFen + " fen: one appropriation is at most "
						+ MAX_AMOUNT_FEN + " fen (一万亿元); a year's lines must still add up in the books");
		}
		check.plainText(description, "description", MAX_DESCRIPTION_LENGTH).throwIfAny();
		return new AddBudgetLineCommand(new FiscalYear(fiscalYear), fundingSource, amountFen, description);
	}

}
