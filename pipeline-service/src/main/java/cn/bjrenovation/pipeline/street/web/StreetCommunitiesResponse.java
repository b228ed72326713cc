package cn.bjrenovation.pipeline.street.web;

import java.util.List;

import cn.bjrenovation.pipeline.street.domain.StreetCommunity;
import cn.bjrenovation.platform.place.StreetCode;

/** The same shape as gRPC's {@code ListStreetCommunitiesResponse}, with the street it answers for. */
record StreetCommunitiesResponse(String streetCode, List<Entry> communities) {

	record Entry(String communityId, String name, int buildYear) {
	}

	static StreetCommunitiesResponse of(StreetCode street, List<StreetCommunity> communities) {
		return new StreetCommunitiesResponse(street.value(), communities.stream()
			.map(community -> new Entry(community.communityId().toString(), community.name(), community.buildYear()))
			.toList());
	}

}
