package cn.bjrenovation.housing.ownership.application;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.ownership.domain.OwnershipCase;
import cn.bjrenovation.housing.ownership.domain.OwnershipCases;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves a case's 三供一业 handover on; 先改造、后移交: it completes only after the renovation's joint acceptance. */
@Service
public class MovingHandover {

	static final String OPERATION = "housing.ownership.handover";

	private final OwnershipCases cases;

	private final Communities communities;

	private final AuditTrail audit;

	private final DutyPolicy policy;

	MovingHandover(OwnershipCases cases, Communities communities, AuditTrail audit, DutyPolicy policy) {
		this.cases = cases;
		this.communities = communities;
		this.audit = audit;
		this.policy = policy;
	}

	@Transactional
	public OwnershipCase move(Caller caller, MoveHandoverCommand command) {
		OwnershipCase current = cases.find(command.caseId())
			.orElseThrow(() -> new NotFoundException("ownership case", command.caseId()));
		Community community = communities.find(current.communityId()).orElseThrow();
		policy.reach(caller, OPERATION).requireCovers(OwnershipCase.place(community, current.kind()));
		OwnershipCase moved = current.moveTo(command.status(), cases.renovationAccepted(current.communityId()));
		cases.update(moved);
		audit.changed(OPERATION, command.caseId(), "三供一业 handover " + command.status());
		return moved;
	}

}
