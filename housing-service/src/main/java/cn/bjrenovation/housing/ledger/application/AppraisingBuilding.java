package cn.bjrenovation.housing.ledger.application;

import java.time.Clock;
import java.time.LocalDate;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.BuildingGraded;
import cn.bjrenovation.housing.community.domain.Buildings;
import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.ledger.domain.Appraisal;
import cn.bjrenovation.housing.ledger.domain.Ledger;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters a building's appraisal into the dangerous and simple building ledger (危楼/简易楼台账, plan §三(二)). The
 * duty policy gives it to the district the building is in (属地): a caller without the duty is refused naming the
 * operation, and another district's building is answered exactly like an unknown id, so ids cannot be probed.
 */
@Service
public class AppraisingBuilding {

	static final String OPERATION = "housing.ledger.appraise";

	private final Ledger ledger;

	private final Buildings buildings;

	private final Communities communities;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final DutyPolicy policy;

	private final Clock clock;

	AppraisingBuilding(Ledger ledger, Buildings buildings, Communities communities, ApplicationEventPublisher events,
			AuditTrail audit, DutyPolicy policy, Clock clock) {
		this.ledger = ledger;
		this.buildings = buildings;
		this.communities = communities;
		this.events = events;
		this.audit = audit;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional
	public Appraisal appraise(Caller caller, AppraiseBuildingCommand command) {
		Building building = buildings.find(command.buildingId())
			.orElseThrow(() -> new NotFoundException("building", command.buildingId()));
		Community community = communities.find(building.communityId()).orElseThrow();
		policy.reach(caller, OPERATION).requireVisible(community.place(), "building", command.buildingId());
		Appraisal appraisal = Appraisal.check(command.buildingId(), command.grade(), command.plan(),
				command.planStatus(), command.appraisedOn(), command.note(), LocalDate.now(clock), clock.instant(),
				caller.subject());
		ledger.record(appraisal);
		buildings.grade(command.buildingId(), appraisal.grade());
		events.publishEvent(new BuildingGraded(EventMetadata.capture(), community.id(), command.buildingId(),
				building.number(), appraisal.grade(), appraisal.plan() == null ? "" : appraisal.plan().name()));
		audit.changed(OPERATION, command.buildingId(), "grade " + appraisal.grade() + ", plan " + appraisal.plan());
		return appraisal;
	}

}
