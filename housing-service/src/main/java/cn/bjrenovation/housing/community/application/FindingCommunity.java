package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one community. A community outside the caller's reach (a district, street or community organisation
 * sees only its own) is reported as not found, so ids outside one's scope cannot be probed.
 */
@Service
public class FindingCommunity {

	static final String OPERATION = "housing.community.read";

	private final VisibleCommunities communities;

	FindingCommunity(VisibleCommunities communities) {
		this.communities = communities;
	}

	@Transactional(readOnly = true)
	public Community find(Caller caller, CommunityId id) {
		return communities.require(caller, OPERATION, id);
	}

}
