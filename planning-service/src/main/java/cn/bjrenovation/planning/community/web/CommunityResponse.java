package cn.bjrenovation.planning.community.web;

import java.time.Instant;

import cn.bjrenovation.planning.community.domain.RegisteredCommunity;

record CommunityResponse(String id, String name, String districtCode, String streetCode, int buildYear,
		Instant registeredAt) {

	static CommunityResponse of(RegisteredCommunity community) {
		return new CommunityResponse(community.id().toString(), community.name(), community.districtCode(),
				community.streetCode(), community.buildYear(), community.registeredAt());
	}

}
