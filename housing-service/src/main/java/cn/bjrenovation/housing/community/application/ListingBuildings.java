package cn.bjrenovation.housing.community.application;

import java.util.List;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.Buildings;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The buildings of a community in the caller's reach. */
@Service
public class ListingBuildings {

	static final String OPERATION = "housing.building.list";

	private final VisibleCommunities communities;

	private final Buildings buildings;

	ListingBuildings(VisibleCommunities communities, Buildings buildings) {
		this.communities = communities;
		this.buildings = buildings;
	}

	@Transactional(readOnly = true)
	public List<Building> of(Caller caller, CommunityId communityId) {
		communities.require(caller, OPERATION, communityId);
		return buildings.of(communityId);
	}

}
