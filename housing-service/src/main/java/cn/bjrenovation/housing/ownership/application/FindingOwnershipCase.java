package cn.bjrenovation.housing.ownership.application;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.ownership.domain.OwnershipCase;
import cn.bjrenovation.housing.ownership.domain.OwnershipCaseId;
import cn.bjrenovation.housing.ownership.domain.OwnershipCases;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads one ownership case; a case outside the caller's reach is reported as not found. */
@Service
public class FindingOwnershipCase {

	static final String OPERATION = "housing.ownership.read";

	private final OwnershipCases cases;

	private final Communities communities;

	private final DutyPolicy policy;

	FindingOwnershipCase(OwnershipCases cases, Communities communities, DutyPolicy policy) {
		this.cases = cases;
		this.communities = communities;
		this.policy = policy;
	}

	@Transactional(readOnly = true)
	public OwnershipCase find(Caller caller, OwnershipCaseId id) {
		OwnershipCase found = cases.find(id).orElseThrow(() -> new NotFoundException("ownership case", id));
		Community community = communities.find(found.communityId()).orElseThrow();
		policy.reach(caller, OPERATION).requireVisible(OwnershipCase.place(community, found.kind()), "ownership case",
				id);
		return found;
	}

}
