package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A community as one operation may touch it: the duty policy's reach for the caller decides, and a community
 * outside it is answered exactly like an unknown id, so ids outside one's scope cannot be probed.
 */
@Component
public class VisibleCommunities {

	private final Communities communities;

	private final DutyPolicy policy;

	VisibleCommunities(Communities communities, DutyPolicy policy) {
		this.communities = communities;
		this.policy = policy;
	}

	/** @throws NotFoundException when there is no such community, or none the caller may touch under the operation */
	public Community require(Caller caller, String operation, CommunityId id) {
		Community community = communities.find(id).orElseThrow(() -> new NotFoundException("community", id));
		Reach reach = policy.reach(caller, operation);
		reach.requireVisible(community.place(reach), "community", id);
		return community;
	}

}
