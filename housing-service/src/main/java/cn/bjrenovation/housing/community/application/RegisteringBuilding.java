package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.housing.community.domain.Buildings;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a surveyed building (楼栋) to a community in the caller's reach. The buildings in service must stay within
 * the community's surveyed figures (buildings, floor area, households).
 */
@Service
public class RegisteringBuilding {

	static final String OPERATION = "housing.building.register";

	private final VisibleCommunities communities;

	private final Buildings buildings;

	private final AuditTrail audit;

	RegisteringBuilding(VisibleCommunities communities, Buildings buildings, AuditTrail audit) {
		this.communities = communities;
		this.buildings = buildings;
		this.audit = audit;
	}

	@Transactional
	public Building register(Caller caller, RegisterBuildingCommand command) {
		Community community = communities.require(caller, OPERATION, command.communityId());
		if (community.retired()) {
			throw new ConflictException("community " + command.communityId() + " is retired");
		}
		FieldCheck check = new FieldCheck();
		Building building = Building.check(BuildingId.newId(), command.communityId(), command.facts(), check);
		if (building != null) {
			buildings.totals(command.communityId()).plus(building).checkCoveredBy(community.survey(), check, "number",
					"floorArea", "households");
		}
		check.throwIfAny();
		buildings.add(building);
		audit.changed(OPERATION, building.id(), "building " + building.number() + " of " + community.name());
		return building;
	}

}
