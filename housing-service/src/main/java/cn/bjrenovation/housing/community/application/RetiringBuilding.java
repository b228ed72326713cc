package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Retires a building (demolished, merged): kept as it was, never deleted. */
@Service
public class RetiringBuilding {

	static final String OPERATION = "housing.building.retire";

	private final VisibleCommunities communities;

	private final BuildingChanges changes;

	private final AuditTrail audit;

	RetiringBuilding(VisibleCommunities communities, BuildingChanges changes, AuditTrail audit) {
		this.communities = communities;
		this.changes = changes;
		this.audit = audit;
	}

	@Transactional
	public Building retire(Caller caller, RetireBuildingCommand command) {
		communities.require(caller, OPERATION, command.communityId());
		Building current = changes.current(command.communityId(), command.id(), command.version());
		if (current.retired()) {
			throw new ConflictException("building " + command.id() + " is already retired");
		}
		Building retired = current.retire();
		changes.store(retired, command.reason(), caller);
		audit.changed(OPERATION, command.id(), "building " + retired.number() + " retired: " + command.reason());
		return retired;
	}

}
