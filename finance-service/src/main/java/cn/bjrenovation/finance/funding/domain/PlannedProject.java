package cn.bjrenovation.finance.funding.domain;

import java.util.Objects;
import java.util.UUID;

import cn.bjrenovation.platform.policy.Place;

/** The project a plan funds, as planning's approved design names it. */
public record PlannedProject(ProjectId id, UUID communityId, String communityName, String districtCode,
		String streetCode, int planYear) {

	public PlannedProject {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(communityId, "communityId");
		Objects.requireNonNull(communityName, "communityName");
		Objects.requireNonNull(districtCode, "districtCode");
		Objects.requireNonNull(streetCode, "streetCode");
	}

	/** Where the plan lies for the duty policy: its community, street and district. */
	public Place place() {
		return Place.of(districtCode, streetCode, communityId.toString());
	}

}
