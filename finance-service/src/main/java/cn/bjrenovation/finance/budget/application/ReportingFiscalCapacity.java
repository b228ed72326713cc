package cn.bjrenovation.finance.budget.application;

import cn.bjrenovation.finance.budget.domain.BudgetLines;
import cn.bjrenovation.finance.budget.domain.FiscalCapacity;
import cn.bjrenovation.finance.budget.domain.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports a year's fiscal capacity (财政承受能力), the check housing makes before compiling the annual plan
 * (plan §三(一)) and the development and reform commission reads for fixed-asset investment. The figures are the
 * city's, so every role the policy lets ask sees them whole.
 */
@Service
public class ReportingFiscalCapacity {

	private final BudgetLines lines;

	ReportingFiscalCapacity(BudgetLines lines) {
		this.lines = lines;
	}

	@Transactional(readOnly = true)
	public FiscalCapacity forYear(FiscalYear year) {
		return lines.capacityOf(year);
	}

}
