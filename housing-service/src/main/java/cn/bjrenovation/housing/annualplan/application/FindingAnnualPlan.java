package cn.bjrenovation.housing.annualplan.application;

import cn.bjrenovation.housing.annualplan.domain.AnnualPlan;
import cn.bjrenovation.housing.annualplan.domain.AnnualPlans;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the city's plan of a year with its tasks, totals and changes. */
@Service
public class FindingAnnualPlan {

	static final String OPERATION = "housing.annual-plan.read";

	private final AnnualPlans plans;

	private final DutyPolicy policy;

	FindingAnnualPlan(AnnualPlans plans, DutyPolicy policy) {
		this.plans = plans;
		this.policy = policy;
	}

	/** @throws NotFoundException when the year has no plan */
	@Transactional(readOnly = true)
	public AnnualPlan find(Caller caller, int year) {
		policy.reach(caller, OPERATION);
		return requirePlan(plans, year);
	}

	static AnnualPlan requirePlan(AnnualPlans plans, int year) {
		if (year < 2000 || year > 2100) {
			throw new InvalidInputException("year", year + " is not a plan year (2000–2100)");
		}
		return plans.find(year).orElseThrow(() -> new NotFoundException("annual plan", year));
	}

}
