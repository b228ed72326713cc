package cn.bjrenovation.housing.community.domain;

import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.envelope.IntegrationEvent;

/** A community entered the city-wide database. Published on {@code housing.community}. */
public record CommunityRegistered(EventMetadata metadata, Community community) implements IntegrationEvent {

	/** The fact's name on {@code housing.community} (contract {@code housing.v1}), fixed whatever this class is called. */
	public static final String TYPE = "CommunityRegistered";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String aggregateId() {
		return community.id().toString();
	}

}
