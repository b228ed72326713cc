package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.Buildings;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Corrects a building's surveyed facts; the community's buildings must still fit its survey. */
@Service
public class CorrectingBuilding {

	static final String OPERATION = "housing.building.update";

	private final VisibleCommunities communities;

	private final Buildings buildings;

	private final BuildingChanges changes;

	private final AuditTrail audit;

	CorrectingBuilding(VisibleCommunities communities, Buildings buildings, BuildingChanges changes,
			AuditTrail audit) {
		this.communities = communities;
		this.buildings = buildings;
		this.changes = changes;
		this.audit = audit;
	}

	@Transactional
	public Building correct(Caller caller, CorrectBuildingCommand command) {
		Community community = communities.require(caller, OPERATION, command.communityId());
		Building current = changes.current(command.communityId(), command.id(), command.version());
		if (current.retired()) {
			throw new ConflictException("building " + command.id() + " is retired; a retired building is kept as it was");
		}
		FieldCheck check = new FieldCheck();
		Building corrected = Building.check(command.id(), command.communityId(), command.facts(), check);
		if (corrected != null) {
			buildings.totals(command.communityId()).minus(current).plus(corrected).checkCoveredBy(community.survey(),
					check, "number", "floorArea", "households");
		}
		check.throwIfAny();
		Building changed = current.correct(corrected);
		changes.store(changed, null, caller);
		audit.changed(OPERATION, command.id(),
				"building " + changed.number() + " corrected to version " + changed.version());
		return changed;
	}

}
