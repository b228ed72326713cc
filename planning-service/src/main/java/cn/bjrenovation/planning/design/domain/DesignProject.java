package cn.bjrenovation.planning.design.domain;

import java.util.Objects;

import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.policy.Place;

/**
 * The renovation project a design case is for, as housing planned it: its community, place and plan year.
 *
 * @param historicDistrict the community lies in a historic and cultural district (历史文化街区), as planning's
 * community view knows it when the case opens
 * @param projectVersion housing's version of the project when the case last moved on its account
 */
public record DesignProject(ProjectId id, CommunityId communityId, String communityName, DistrictCode district,
		StreetCode street, int planYear, boolean historicDistrict, long projectVersion) {

	public DesignProject {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(communityId, "communityId");
		Objects.requireNonNull(communityName, "communityName");
		Objects.requireNonNull(district, "district");
		Objects.requireNonNull(street, "street");
	}

	/** The same project, its community's historic-district flag as planning's community view now says. */
	public DesignProject inHistoricDistrict(boolean historic) {
		return new DesignProject(id, communityId, communityName, district, street, planYear, historic, projectVersion);
	}

	/** Where the case lies for the duty policy: the community's district and street, and the community itself. */
	public Place place() {
		return Place.of(district.value(), street.value(), communityId.toString());
	}

}
