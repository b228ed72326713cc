package cn.bjrenovation.housing.community.application;

import java.util.List;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.housing.community.domain.Buildings;
import cn.bjrenovation.housing.community.domain.HistoryEntry;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every version of a building, who changed it and when. */
@Service
public class ReadingBuildingHistory {

	static final String OPERATION = "housing.building.history";

	private final VisibleCommunities communities;

	private final Buildings buildings;

	ReadingBuildingHistory(VisibleCommunities communities, Buildings buildings) {
		this.communities = communities;
		this.buildings = buildings;
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(Caller caller, CommunityId communityId, BuildingId id) {
		communities.require(caller, OPERATION, communityId);
		Building building = buildings.find(id)
			.filter(found -> found.communityId().equals(communityId))
			.orElseThrow(() -> new NotFoundException("building", id));
		return buildings.history(building.id());
	}

}
