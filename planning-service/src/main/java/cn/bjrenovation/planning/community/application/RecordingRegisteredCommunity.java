package cn.bjrenovation.planning.community.application;

import cn.bjrenovation.planning.community.domain.RegisteredCommunities;
import cn.bjrenovation.planning.community.domain.RegisteredCommunity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes note of a community housing registered. Runs inside the consumer's transaction, so the view row
 * and the record that the event was handled commit together.
 */
@Service
public class RecordingRegisteredCommunity {

	private final RegisteredCommunities communities;

	RecordingRegisteredCommunity(RegisteredCommunities communities) {
		this.communities = communities;
	}

	@Transactional
	public void record(RegisteredCommunity community) {
		communities.record(community);
	}

}
