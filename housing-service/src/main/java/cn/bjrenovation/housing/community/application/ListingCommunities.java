package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityFilter;
import cn.bjrenovation.housing.community.domain.Page;
import cn.bjrenovation.housing.community.domain.PageRequest;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One page of communities matching a filter, always inside the caller's reach. */
@Service
public class ListingCommunities {

	static final String OPERATION = "housing.community.list";

	private final Communities communities;

	private final DutyPolicy policy;

	ListingCommunities(Communities communities, DutyPolicy policy) {
		this.communities = communities;
		this.policy = policy;
	}

	@Transactional(readOnly = true)
	public Page<Community> list(Caller caller, CommunityFilter filter, PageRequest page) {
		filter.check();
		return communities.list(ScopedFilter.narrow(policy.reach(caller, OPERATION), filter), page);
	}

}
