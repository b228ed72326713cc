package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.DistrictSummary;
import cn.bjrenovation.housing.community.domain.Divisions;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A district's old communities in figures (区级汇总); a caller held to a district asks for its own only. */
@Service
public class SummarisingDistrict {

	static final String OPERATION = "housing.district.summary";

	private final Communities communities;

	private final Divisions divisions;

	private final DutyPolicy policy;

	SummarisingDistrict(Communities communities, Divisions divisions, DutyPolicy policy) {
		this.communities = communities;
		this.divisions = divisions;
		this.policy = policy;
	}

	@Transactional(readOnly = true)
	public DistrictSummary summarise(Caller caller, DistrictCode district) {
		if (!divisions.isDistrict(district.value())) {
			throw new InvalidInputException("districtCode", "'" + district + "' is not a Beijing district code");
		}
		policy.reach(caller, OPERATION).requireCovers(Place.of(district.value(), null, null));
		return communities.summarise(district.value());
	}

}
