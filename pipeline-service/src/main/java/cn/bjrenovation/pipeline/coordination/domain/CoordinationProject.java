package cn.bjrenovation.pipeline.coordination.domain;

import java.util.Map;
import java.util.Objects;

import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.policy.Place;

/**
 * The project a coordination plan is about, as planning's approved design named it.
 *
 * @param planYear year of the annual plan (年度任务计划) the project is in
 */
public record CoordinationProject(ProjectId id, CommunityId communityId, String communityName, StreetCode street,
		int planYear) {

	public CoordinationProject {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(communityId, "communityId");
		Objects.requireNonNull(communityName, "communityName");
		Objects.requireNonNull(street, "street");
	}

	public String districtCode() {
		return street.district().value();
	}

	/** Where the project lies for the duty policy, on the given utility network (null: on none). */
	public Place place(String utility) {
		return new Place(districtCode(), street.value(), communityId.toString(), utility, Map.of());
	}

}
