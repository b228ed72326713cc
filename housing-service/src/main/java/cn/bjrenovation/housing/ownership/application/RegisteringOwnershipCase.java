package cn.bjrenovation.housing.ownership.application;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.ownership.domain.HandoverStatus;
import cn.bjrenovation.housing.ownership.domain.OwnershipCase;
import cn.bjrenovation.housing.ownership.domain.OwnershipCaseId;
import cn.bjrenovation.housing.ownership.domain.OwnershipCases;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a community held by a state body into the plan: SASAC its city SOE non-operating-asset communities
 * (A2 市国资委), the commission central-unit and central-SOE communities (A2 住建委). Which kinds a caller may
 * register is the duty policy's condition on the case's property rights; the kind must match the community's
 * survey.
 */
@Service
public class RegisteringOwnershipCase {

	static final String OPERATION = "housing.ownership.register";

	private final OwnershipCases cases;

	private final Communities communities;

	private final AuditTrail audit;

	private final DutyPolicy policy;

	RegisteringOwnershipCase(OwnershipCases cases, Communities communities, AuditTrail audit, DutyPolicy policy) {
		this.cases = cases;
		this.communities = communities;
		this.audit = audit;
		this.policy = policy;
	}

	@Transactional
	public OwnershipCase register(Caller caller, RegisterOwnershipCaseCommand command) {
		Community community = communities.find(command.communityId())
			.orElseThrow(() -> new InvalidInputException("communityId", "no community " + command.communityId()));
		policy.reach(caller, OPERATION).requireCovers(OwnershipCase.place(community, command.kind()));
		new FieldCheck().require(community.survey().propertyRights() == command.kind().rights(), "kind",
				"community " + community.name() + " is surveyed as " + community.survey().propertyRights() + ", not "
						+ command.kind().rights() + "; correct the survey first")
			.throwIfAny();
		OwnershipCase created = new OwnershipCase(OwnershipCaseId.newId(), community.id(), command.kind(),
				command.ownerName(), HandoverStatus.NOT_STARTED);
		cases.add(created, caller.subject());
		audit.changed(OPERATION, created.id(), command.kind() + " case for " + community.name());
		return created;
	}

}
