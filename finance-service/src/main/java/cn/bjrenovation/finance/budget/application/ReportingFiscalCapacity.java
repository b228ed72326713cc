package cn.bjrenovation.finance.budget.application;

import cn.bjrenovation.finance.budget.domain.BudgetLines;
import cn.bjrenovation.finance.budget.domain.FiscalCapacity;
import cn.bjrenovation.finance.budget.domain.FiscalYear;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports a year's fiscal capacity (财政承受能力), the check housing makes before compiling the annual plan
 * (plan §三(一)) and the development and reform commission reads for fixed-asset investment.
 */
@Service
public class ReportingFiscalCapacity {

	private final BudgetLines lines;

	ReportingFiscalCapacity(BudgetLines lines) {
		this.lines = lines;
	}

	/** @throws InvalidInputException naming {@code year} outside 2000–2100, rather than reporting an empty year */
	@Transactional(readOnly = true)
	public FiscalCapacity forYear(int year) {
		if (!FiscalYear.isValid(year)) {
			throw new InvalidInputException("year", FiscalYear.refusal(year));
		}
		return lines.capacityOf(year);
	}

}
