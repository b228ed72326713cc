package cn.bjrenovation.housing.community.application;

import java.util.List;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.BuildingFacts;
import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.housing.community.domain.Buildings;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityId;
import cn.bjrenovation.platform.validation.FieldCheck;
import cn.bjrenovation.housing.community.domain.HistoryEntry;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buildings of a community: registered, corrected, retired (demolished or merged; never deleted), with
 * history. The buildings in service must stay within the community's surveyed figures (buildings, floor area,
 * households). Corrections and retirements name the version last read.
 */
@Service
public class KeepingBuildings {

	static final String OPERATION = "housing.building.register";

	static final String UPDATE = "housing.building.update";

	static final String RETIRE = "housing.building.retire";

	private final FindingCommunity communities;

	private final Buildings buildings;

	private final AuditTrail audit;

	KeepingBuildings(FindingCommunity communities, Buildings buildings, AuditTrail audit) {
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

	@Transactional
	public Building correct(Caller caller, CommunityId communityId, BuildingId id, BuildingFacts facts, long version) {
		Community community = changeable(caller, communityId, UPDATE);
		Building current = current(communityId, id, version);
		if (current.retired()) {
			throw new ConflictException("building " + id + " is retired; a retired building is kept as it was");
		}
		FieldCheck check = new FieldCheck();
		Building corrected = Building.check(id, communityId, facts, check);
		if (corrected != null) {
			buildings.totals(communityId).minus(current).plus(corrected).checkCoveredBy(community.survey(), check,
					"number", "floorArea", "households");
		}
		check.throwIfAny();
		Building changed = current.correct(corrected);
		store(changed, null, caller);
		audit.changed(UPDATE, id, "building " + changed.number() + " corrected to version " + changed.version());
		return changed;
	}

	@Transactional
	public Building retire(Caller caller, CommunityId communityId, BuildingId id, String reason, long version) {
		new FieldCheck().notBlank(reason, "reason", 500).throwIfAny();
		changeable(caller, communityId, RETIRE);
		Building current = current(communityId, id, version);
		if (current.retired()) {
			throw new ConflictException("building " + id + " is already retired");
		}
		Building retired = current.retire();
		store(retired, reason.strip(), caller);
		audit.changed(RETIRE, id, "building " + retired.number() + " retired: " + reason.strip());
		return retired;
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(Caller caller, CommunityId communityId, BuildingId id) {
		communities.find(caller, communityId);
		Building building = buildings.find(id)
			.filter(found -> found.communityId().equals(communityId))
			.orElseThrow(() -> new NotFoundException("building", id));
		return buildings.history(building.id());
	}

	private Community changeable(Caller caller, CommunityId communityId, String operation) {
		Community community = communities.find(caller, communityId);
		Scopes.requireDistrict(caller, community.districtCode(), operation);
		return community;
	}

	private Building current(CommunityId communityId, BuildingId id, long version) {
		Building current = buildings.find(id)
			.filter(found -> found.communityId().equals(communityId))
			.orElseThrow(() -> new NotFoundException("building", id));
		if (current.version() != version) {
			throw new ConflictException("building " + id + " is at version " + current.version() + ", not "
					+ version + ": someone changed it meanwhile; read it again");
		}
		return current;
	}

	private void store(Building changed, String reason, Caller caller) {
		if (!buildings.replace(changed, reason, caller.subject())) {
			throw new ConflictException("building " + changed.id() + " changed meanwhile; read it again");
		}
	}

	@Transactional(readOnly = true)
	public List<Building> of(Caller caller, CommunityId communityId) {
		communities.find(caller, communityId);
		return buildings.of(communityId);
	}

}
