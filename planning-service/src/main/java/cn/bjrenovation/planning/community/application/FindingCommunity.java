package cn.bjrenovation.planning.community.application;

import java.util.UUID;

import cn.bjrenovation.planning.community.domain.RegisteredCommunities;
import cn.bjrenovation.planning.community.domain.RegisteredCommunity;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one community from the view. A responsible planner sees only the communities on their own street;
 * any other is reported as not found, exactly like an unknown id, so ids cannot be probed.
 * <p>
 * A retired community is reported as not found too, rather than shown flagged: the view holds the
 * communities planners design for, and a retired one is no longer among them — it no longer counts on its
 * street either, and housing itself leaves retired communities out unless asked for them. Its row stays.
 */
@Service
public class FindingCommunity {

	private final RegisteredCommunities communities;

	FindingCommunity(RegisteredCommunities communities) {
		this.communities = communities;
	}

	@Transactional(readOnly = true)
	public RegisteredCommunity find(Caller caller, UUID id) {
		return communities.find(id)
			.filter(community -> !community.retired())
			.filter(community -> caller.covers(community.districtCode(), community.streetCode(), id.toString()))
			.orElseThrow(() -> new NotFoundException("community", id));
	}

}
