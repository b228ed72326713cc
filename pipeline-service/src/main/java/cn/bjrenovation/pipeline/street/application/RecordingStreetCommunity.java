package cn.bjrenovation.pipeline.street.application;

import cn.bjrenovation.pipeline.street.domain.StreetCommunities;
import cn.bjrenovation.pipeline.street.domain.StreetCommunity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes note of a community housing registered, on its street. Runs inside the consumer's transaction, so
 * the row and the record that the event was handled commit together.
 */
@Service
public class RecordingStreetCommunity {

	private final StreetCommunities communities;

	RecordingStreetCommunity(StreetCommunities communities) {
		this.communities = communities;
	}

	@Transactional
	public void record(StreetCommunity community) {
		communities.record(community);
	}

}
