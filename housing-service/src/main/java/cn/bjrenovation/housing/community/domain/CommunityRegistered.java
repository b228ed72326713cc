package cn.bjrenovation.housing.community.domain;

import cn.bjrenovation.platform.events.EventMetadata;
import cn.bjrenovation.platform.events.IntegrationEvent;

/** A community entered the city-wide database. Published on {@code housing.community}. */
public record CommunityRegistered(EventMetadata metadata, Community community) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return community.id().toString();
	}

}
