package cn.bjrenovation.housing.community.application;

import java.util.List;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityId;
import cn.bjrenovation.housing.community.domain.HistoryEntry;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one community and its history. A scoped caller (district, street, community organisation) sees only
 * communities in its scope; anything else is reported as not found, so ids outside one's scope cannot be
 * probed.
 */
@Service
public class FindingCommunity {

	private final Communities communities;

	FindingCommunity(Communities communities) {
		this.communities = communities;
	}

	@Transactional(readOnly = true)
	public Community find(Caller caller, CommunityId id) {
		return communities.find(id)
			.filter(community -> caller.covers(community.districtCode(), community.streetCode(), id.toString()))
			.orElseThrow(() -> new NotFoundException("community", id));
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(Caller caller, CommunityId id) {
		find(caller, id);
		return communities.history(id);
	}

}
