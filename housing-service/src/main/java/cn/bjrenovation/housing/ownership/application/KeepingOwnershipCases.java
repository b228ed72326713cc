package cn.bjrenovation.housing.ownership.application;

import java.util.List;
import java.util.UUID;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityId;
import cn.bjrenovation.platform.validation.FieldCheck;
import cn.bjrenovation.housing.ownership.domain.HandoverStatus;
import cn.bjrenovation.housing.ownership.domain.OwnershipCase;
import cn.bjrenovation.housing.ownership.domain.OwnershipCases;
import cn.bjrenovation.housing.ownership.domain.OwnershipKind;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.Role;
import cn.bjrenovation.platform.problems.ForbiddenException;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ownership cases: SASAC registers city SOE non-operating-asset communities into the plan (A2 市国资委); the
 * commission registers central-unit and central-SOE communities (A2 住建委). Both follow the 三供一业 handover.
 */
@Service
public class KeepingOwnershipCases {

	static final String REGISTER = "housing.ownership.register";

	private final OwnershipCases cases;

	private final Communities communities;

	private final AuditTrail audit;

	KeepingOwnershipCases(OwnershipCases cases, Communities communities, AuditTrail audit) {
		this.cases = cases;
		this.communities = communities;
		this.audit = audit;
	}

	@Transactional
	public OwnershipCase register(Caller caller, String communityId, String kind, String ownerName) {
		FieldCheck check = new FieldCheck();
		OwnershipKind ownershipKind = check.choice(kind, "kind", OwnershipKind.class);
		check.notBlank(ownerName, "ownerName", 200).throwIfAny();
		Community community = communities.find(CommunityId.parse(communityId, "communityId"))
			.orElseThrow(() -> new InvalidInputException("communityId", "no community " + communityId));
		if (caller.role() == Role.SASAC && ownershipKind != OwnershipKind.CITY_SOE_NON_OPERATING) {
			throw new ForbiddenException(REGISTER, "SASAC registers city SOE non-operating-asset communities (市属非经); "
					+ ownershipKind + " communities are registered by the housing commission");
		}
		new FieldCheck().require(community.survey().propertyRights() == ownershipKind.rights(), "kind",
				"community " + community.name() + " is surveyed as " + community.survey().propertyRights()
						+ ", not " + ownershipKind.rights() + "; correct the survey first")
			.throwIfAny();
		OwnershipCase created = new OwnershipCase(UUID.randomUUID(), community.id(), ownershipKind, ownerName.strip(),
				HandoverStatus.NOT_STARTED);
		cases.add(created, caller.subject());
		audit.changed(REGISTER, created.id(), ownershipKind + " case for " + community.name());
		return created;
	}

	@Transactional
	public OwnershipCase moveHandover(Caller caller, UUID caseId, String status) {
		FieldCheck check = new FieldCheck();
		HandoverStatus next = check.choice(status, "handoverStatus", HandoverStatus.class);
		check.throwIfAny();
		OwnershipCase current = cases.find(caseId).orElseThrow(() -> new NotFoundException("ownership case", caseId));
		OwnershipCase moved = current.moveTo(next, cases.renovationAccepted(current.communityId()));
		cases.update(moved);
		audit.changed("housing.ownership.handover", caseId, "三供一业 handover " + next);
		return moved;
	}

	@Transactional(readOnly = true)
	public OwnershipCase find(Caller caller, UUID caseId) {
		OwnershipCase found = cases.find(caseId).orElseThrow(() -> new NotFoundException("ownership case", caseId));
		Community community = communities.find(found.communityId()).orElseThrow();
		if (!caller.covers(community.districtCode(), community.streetCode(), community.id().toString())) {
			throw new NotFoundException("ownership case", caseId);
		}
		return found;
	}

	@Transactional(readOnly = true)
	public List<OwnershipCase> list(Caller caller) {
		return cases.list(caller.role() == Role.DISTRICT ? caller.districtCode() : null);
	}

}
