package cn.bjrenovation.housing.annualplan.web;

import cn.bjrenovation.housing.annualplan.application.CheckingFiscalCapacity;
import cn.bjrenovation.housing.annualplan.domain.FiscalCapacity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/housing/annual-plans")
class AnnualPlanController {

	private final CheckingFiscalCapacity checking;

	AnnualPlanController(CheckingFiscalCapacity checking) {
		this.checking = checking;
	}

	@GetMapping("/{year}/fiscal-capacity")
	FiscalCapacity fiscalCapacity(@PathVariable int year) {
		return checking.forYear(year);
	}

}
