package cn.bjrenovation.housing.annualplan.application;

import cn.bjrenovation.housing.annualplan.domain.AnnualPlan;
import cn.bjrenovation.housing.annualplan.domain.AnnualPlans;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.problems.ForbiddenException;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A district's part of the city's plan (各区编制本区分年度项目实施计划 inside it, plan §四(二)): a district reads its own,
 * the commission and the municipal departments any.
 */
@Service
public class FindingDistrictPlan {

	static final String OPERATION = "housing.annual-plan.district-read";

	private final AnnualPlans plans;

	private final DutyPolicy policy;

	FindingDistrictPlan(AnnualPlans plans, DutyPolicy policy) {
		this.plans = plans;
		this.policy = policy;
	}

	/** The district's part of the plan. */
	public record DistrictPart(AnnualPlan plan, String districtCode) {
	}

	/**
	 * @throws ForbiddenException when a district-scoped caller asks for another district
	 * @throws NotFoundException when the year has no plan
	 */
	@Transactional(readOnly = true)
	public DistrictPart find(Caller caller, int year, String districtCode) {
		String district = DistrictCode.parse(districtCode, "districtCode").value();
		policy.reach(caller, OPERATION).requireCovers(Place.of(district, null, null));
		return new DistrictPart(FindingAnnualPlan.requirePlan(plans, year), district);
	}

}
