package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.housing.community.domain.Buildings;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What correcting and retiring a building share: the building of that community at the version its author last
 * read, and the conditional write that refuses a change made meanwhile.
 */
@Component
class BuildingChanges {

	private final Buildings buildings;

	BuildingChanges(Buildings buildings) {
		this.buildings = buildings;
	}

	Building current(CommunityId communityId, BuildingId id, long version) {
		Building current = buildings.find(id)
			.filter(found -> found.communityId().equals(communityId))
			.orElseThrow(() -> new NotFoundException("building", id));
		if (current.version() != version) {
			throw new ConflictException("building " + id + " is at version " + current.version() + ", not "
					+ version + ": someone changed it meanwhile; read it again");
		}
		return current;
	}

	void store(Building changed, String reason, Caller caller) {
		if (!buildings.replace(changed, reason, caller.subject())) {
			throw new ConflictException("building " + changed.id() + " changed meanwhile; read it again");
		}
	}

}
