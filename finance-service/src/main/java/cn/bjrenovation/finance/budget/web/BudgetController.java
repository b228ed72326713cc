package cn.bjrenovation.finance.budget.web;

import java.net.URI;

import cn.bjrenovation.finance.budget.application.AddingBudgetLine;
import cn.bjrenovation.finance.budget.application.FindingBudgetLine;
import cn.bjrenovation.finance.budget.application.ReportingFiscalCapacity;
import cn.bjrenovation.finance.budget.domain.BudgetLine;
import cn.bjrenovation.finance.budget.domain.BudgetLineId;
import cn.bjrenovation.finance.budget.domain.FiscalCapacity;
import cn.bjrenovation.finance.budget.domain.FiscalYear;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/finance")
class BudgetController {

	private final AddingBudgetLine adding;

	private final ReportingFiscalCapacity reporting;

	private final FindingBudgetLine finding;

	BudgetController(AddingBudgetLine adding, ReportingFiscalCapacity reporting, FindingBudgetLine finding) {
		this.adding = adding;
		this.reporting = reporting;
		this.finding = finding;
	}

	@GetMapping("/budget-lines/{lineId}")
	BudgetLineResponse get(@PathVariable String lineId) {
		return BudgetLineResponse.of(finding.find(BudgetLineId.parse(lineId, "lineId")));
	}

	@PostMapping("/budget-lines")
	ResponseEntity<BudgetLineResponse> add(Caller caller, @RequestBody AddBudgetLineRequest request) {
		BudgetLine line = adding.add(caller, request.toCommand());
		return ResponseEntity.created(URI.create("/api/finance/budget-lines/" + line.id()))
			.body(BudgetLineResponse.of(line));
	}

	@GetMapping("/fiscal-capacity/{year}")
	FiscalCapacity fiscalCapacity(@PathVariable int year) {
		return reporting.forYear(FiscalYear.parse(year, "year"));
	}

}
