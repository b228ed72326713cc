package cn.bjrenovation.housing.community.domain;

import cn.bjrenovation.platform.events.EventMetadata;
import cn.bjrenovation.platform.events.IntegrationEvent;

/** A community's surveyed facts were corrected; carries the community as it now is. */
public record CommunityUpdated(EventMetadata metadata, Community community) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return community.id().toString();
	}

}
