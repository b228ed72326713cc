package cn.bjrenovation.planning.community.application;

import java.util.List;

import cn.bjrenovation.planning.community.domain.RegisteredCommunities;
import cn.bjrenovation.planning.community.domain.RegisteredCommunity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes note of what one of housing's facts says about its communities (one, or up to 500 for an import):
 * registered, changed or retired. Runs inside the consumer's transaction, so the view rows and the record
 * that the event was handled commit together — all of an import, or none of it.
 */
@Service
public class RecordingRegisteredCommunity {

	private final RegisteredCommunities communities;

	RecordingRegisteredCommunity(RegisteredCommunities communities) {
		this.communities = communities;
	}

	@Transactional
	public void record(List<RegisteredCommunity> facts) {
		facts.forEach(communities::record);
	}

}
