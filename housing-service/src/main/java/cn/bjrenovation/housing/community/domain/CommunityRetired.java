package cn.bjrenovation.housing.community.domain;

import cn.bjrenovation.platform.events.EventMetadata;
import cn.bjrenovation.platform.events.IntegrationEvent;

/** A community left the database (merged, demolished, registered by mistake); it is kept, flagged retired. */
public record CommunityRetired(EventMetadata metadata, Community community, String reason) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return community.id().toString();
	}

}
