package cn.bjrenovation.housing.annualplan.application;

import cn.bjrenovation.housing.annualplan.domain.FiscalCapacities;
import cn.bjrenovation.housing.annualplan.domain.FiscalCapacity;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.springframework.stereotype.Service;

/** The fiscal-capacity check with the Finance Bureau that precedes an annual plan (plan §三(一)). */
@Service
public class CheckingFiscalCapacity {

	private final FiscalCapacities capacities;

	CheckingFiscalCapacity(FiscalCapacities capacities) {
		this.capacities = capacities;
	}

	public FiscalCapacity forYear(int year) {
		if (year < 2000 || year > 2100) {
			throw new InvalidInputException("year", year + " is not a plan year (2000–2100)");
		}
		return capacities.forYear(year);
	}

}
