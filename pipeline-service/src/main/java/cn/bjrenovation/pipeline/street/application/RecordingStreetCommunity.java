package cn.bjrenovation.pipeline.street.application;

import java.util.List;

import cn.bjrenovation.pipeline.street.domain.StreetCommunities;
import cn.bjrenovation.pipeline.street.domain.StreetCommunity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes note of what one of housing's facts says about its communities (one, or up to 500 for an import),
 * each on its street: registered, changed or retired. Runs inside the consumer's transaction, so the rows
 * and the record that the event was handled commit together — all of an import, or none of it.
 */
@Service
public class RecordingStreetCommunity {

	private final StreetCommunities communities;

	RecordingStreetCommunity(StreetCommunities communities) {
		this.communities = communities;
	}

	@Transactional
	public void record(List<StreetCommunity> facts) {
		facts.forEach(communities::record);
	}

}
