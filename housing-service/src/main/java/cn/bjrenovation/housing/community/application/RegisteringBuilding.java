package cn.bjrenovation.housing.community.application;

import java.util.List;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.BuildingFacts;
import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.housing.community.domain.Buildings;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityId;
import cn.bjrenovation.housing.community.domain.FieldCheck;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers the buildings of a community. Their totals must stay within the community's surveyed figures
 * (buildings, floor area, households).
 */
@Service
public class RegisteringBuilding {

	static final String OPERATION = "housing.building.register";

	private final FindingCommunity communities;

	private final Buildings buildings;

	private final AuditTrail audit;

	RegisteringBuilding(FindingCommunity communities, Buildings buildings, AuditTrail audit) {
		this.communities = communities;
		this.buildings = buildings;
		this.audit = audit;
	}

	@Transactional
	public Building register(Caller caller, CommunityId communityId, BuildingFacts facts) {
		Community community = communities.find(caller, communityId);
		Scopes.requireDistrict(caller, community.districtCode(), OPERATION);
		if (community.retired()) {
			throw new ConflictException("community " + communityId + " is retired");
		}
		FieldCheck check = new FieldCheck();
		Building building = Building.check(BuildingId.newId(), communityId, facts, check);
		if (building != null) {
			buildings.totals(communityId).plus(building).checkCoveredBy(community.survey(), check, "number",
					"floorArea", "households");
		}
		check.throwIfAny();
		buildings.add(building);
		audit.changed(OPERATION, building.id(), "building " + building.number() + " of " + community.name());
		return building;
	}

	@Transactional(readOnly = true)
	public List<Building> of(Caller caller, CommunityId communityId) {
		communities.find(caller, communityId);
		return buildings.of(communityId);
	}

}
