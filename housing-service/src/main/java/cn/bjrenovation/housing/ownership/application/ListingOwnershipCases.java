package cn.bjrenovation.housing.ownership.application;

import java.util.List;

import cn.bjrenovation.housing.ownership.domain.OwnershipCase;
import cn.bjrenovation.housing.ownership.domain.OwnershipCases;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ownership cases in the caller's reach: a district's own, or the whole city's. */
@Service
public class ListingOwnershipCases {

	static final String OPERATION = "housing.ownership.list";

	private final OwnershipCases cases;

	private final DutyPolicy policy;

	ListingOwnershipCases(OwnershipCases cases, DutyPolicy policy) {
		this.cases = cases;
		this.policy = policy;
	}

	@Transactional(readOnly = true)
	public List<OwnershipCase> list(Caller caller) {
		return cases.list(policy.reach(caller, OPERATION).district().orElse(null));
	}

}
