package cn.bjrenovation.housing.community.web;

import cn.bjrenovation.housing.community.domain.Community;

record CommunityResponse(String id, String name, String districtCode, String streetCode, int buildYear) {

	static CommunityResponse of(Community community) {
		return new CommunityResponse(community.id().toString(), community.name(), community.districtCode(),
				community.streetCode(), community.buildYear());
	}

}
