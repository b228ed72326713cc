package cn.bjrenovation.planning.community.application;

import cn.bjrenovation.planning.community.domain.RegisteredCommunities;
import cn.bjrenovation.planning.community.domain.RegisteredCommunity;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one community from the view. Which communities a caller may read is the duty policy's to say (a
 * responsible planner only those on their own street); any other is reported as not found, exactly like an
 * unknown id, so ids cannot be probed.
 * <p>
 * A retired community is reported as not found too, rather than shown flagged: the view holds the
 * communities planners design for, and a retired one is no longer among them — it no longer counts on its
 * street either, and housing itself leaves retired communities out unless asked for them. Its row stays.
 */
@Service
public class FindingCommunity {

	static final String OPERATION = "planning.community.read";

	private static final String WHAT = "community";

	private final RegisteredCommunities communities;

	private final DutyPolicy policy;

	FindingCommunity(RegisteredCommunities communities, DutyPolicy policy) {
		this.communities = communities;
		this.policy = policy;
	}

	/** @throws NotFoundException when there is no such community, it is retired or it lies outside the caller's reach */
	@Transactional(readOnly = true)
	public RegisteredCommunity find(Caller caller, CommunityId id) {
		Reach reach = policy.reach(caller, OPERATION);
		RegisteredCommunity community = communities.find(id)
			.filter(found -> !found.retired())
			.orElseThrow(() -> new NotFoundException(WHAT, id));
		reach.requireVisible(community.place(), WHAT, id);
		return community;
	}

}
