package cn.bjrenovation.finance.budget.application;

import cn.bjrenovation.finance.budget.domain.BudgetLineId;
import cn.bjrenovation.finance.budget.domain.BudgetLines;
import cn.bjrenovation.finance.budget.domain.LineStanding;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One budget line and where it stands: held, committed, disbursed, available. The city's figures. */
@Service
public class FindingBudgetLine {

	private final BudgetLines lines;

	FindingBudgetLine(BudgetLines lines) {
		this.lines = lines;
	}

	/** @throws NotFoundException for an unknown line */
	@Transactional(readOnly = true)
	public LineStanding find(BudgetLineId id) {
		return lines.find(id).orElseThrow(() -> new NotFoundException("budget line", id));
	}

}
