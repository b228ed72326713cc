package cn.bjrenovation.housing.community.application;

import java.util.List;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.HistoryEntry;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every version of a community, who changed it and when; outside the caller's reach it is not found. */
@Service
public class ReadingCommunityHistory {

	static final String OPERATION = "housing.community.history";

	private final VisibleCommunities visible;

	private final Communities communities;

	ReadingCommunityHistory(VisibleCommunities visible, Communities communities) {
		this.visible = visible;
		this.communities = communities;
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(Caller caller, CommunityId id) {
		visible.require(caller, OPERATION, id);
		return communities.history(id);
	}

}
