package cn.bjrenovation.housing.evaluation.application;

import java.time.Clock;
import java.time.Year;

import cn.bjrenovation.housing.community.domain.Divisions;
import cn.bjrenovation.housing.evaluation.domain.DistrictPerformance;
import cn.bjrenovation.housing.evaluation.domain.Evaluations;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A district's year in figures (年度考核, plan §四(三)): read by the commission city-wide and by a district for its own
 * (another district's is refused with the reason).
 */
@Service
public class ReadingDistrictPerformance {

	static final String OPERATION = "housing.district.performance";

	private final Evaluations evaluations;

	private final Divisions divisions;

	private final DutyPolicy policy;

	private final Clock clock;

	ReadingDistrictPerformance(Evaluations evaluations, Divisions divisions, DutyPolicy policy, Clock clock) {
		this.evaluations = evaluations;
		this.divisions = divisions;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * @param year null: this year so far (Beijing time)
	 * @throws InvalidInputException naming {@code districtCode} or {@code year}
	 */
	@Transactional(readOnly = true)
	public DistrictPerformance read(Caller caller, String districtCode, Integer year) {
		FieldCheck check = new FieldCheck();
		DistrictCode district = check.parsed(() -> DistrictCode.parse(districtCode, "districtCode"));
		if (district != null) {
			check.require(divisions.isDistrict(district.value()), "districtCode",
					"'" + districtCode + "' is not a Beijing district code");
		}
		if (year != null) {
			check.require(year >= 2000 && year <= 2100, "year", year + " is not a year of the programme (2000–2100)");
		}
		check.throwIfAny();
		policy.reach(caller, OPERATION).requireCovers(Place.of(district.value(), null, null));
		return evaluations.performance(district.value(), year == null ? Year.now(clock).getValue() : year);
	}

}
