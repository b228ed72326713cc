package cn.bjrenovation.housing.community.grpc;

import cn.bjrenovation.housing.community.domain.Community;

/** Maps communities to their {@code housing.v1} contract, for RPCs and events alike. */
public final class CommunityMessages {

	private CommunityMessages() {
	}

	public static cn.bjrenovation.housing.v1.Community toMessage(Community community) {
		return cn.bjrenovation.housing.v1.Community.newBuilder()
			.setCommunityId(community.id().toString())
			.setName(community.name())
			.setDistrictCode(community.districtCode())
			.setStreetCode(community.streetCode())
			.setBuildYear(community.buildYear())
			.build();
	}

}
