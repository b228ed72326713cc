package cn.bjrenovation.housing.project.domain;

import cn.bjrenovation.platform.place.CommitteeCode;
import cn.bjrenovation.platform.place.CommunityId;

/**
 * Which projects a list asks for; null fields do not filter.
 *
 * @param year the year of the annual plan the project is in (年度任务计划)
 * @param itemClass projects with at least one wanted item of this class
 * @param committee projects of the communities of this residents' committee (a community-scoped caller's claim)
 */
public record ProjectFilter(ProjectStatus status, String districtCode, String streetCode, Integer year,
		ItemClass itemClass, CommunityId communityId, CommitteeCode committee) {

	public static ProjectFilter none() {
		return new ProjectFilter(null, null, null, null, null, null, null);
	}

	public ProjectFilter inDistrict(String district) {
		return new ProjectFilter(status, district, streetCode, year, itemClass, communityId, committee);
	}

	public ProjectFilter onStreet(String street) {
		return new ProjectFilter(status, districtCode, street, year, itemClass, communityId, committee);
	}

	public ProjectFilter ofCommunity(CommunityId community) {
		return new ProjectFilter(status, districtCode, streetCode, year, itemClass, community, committee);
	}

	public ProjectFilter ofCommittee(CommitteeCode code) {
		return new ProjectFilter(status, districtCode, streetCode, year, itemClass, communityId, code);
	}

}
