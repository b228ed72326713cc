package cn.bjrenovation.planning.community.web;

import java.time.Instant;

import cn.bjrenovation.planning.community.domain.RegisteredCommunity;

record CommunityResponse(String id, String name, String districtCode, String streetCode, int buildYear,
		String address, Double latitude, Double longitude, boolean historicDistrict, boolean coreArea,
		Instant registeredAt) {

	static CommunityResponse of(RegisteredCommunity community) {
		return new CommunityResponse(community.id().toString(), community.name(), community.district().value(),
				community.street().value(), community.buildYear(), community.address(), community.latitude(),
				community.longitude(), community.historicDistrict(), community.coreArea(), community.registeredAt());
	}

}
