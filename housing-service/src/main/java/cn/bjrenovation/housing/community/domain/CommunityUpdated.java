package cn.bjrenovation.housing.community.domain;

import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.envelope.IntegrationEvent;

/** A community's surveyed facts were corrected; carries the community as it now is. */
public record CommunityUpdated(EventMetadata metadata, Community community) implements IntegrationEvent {

	/** The fact's name on {@code housing.community} (contract {@code housing.v1}), fixed whatever this class is called. */
	public static final String TYPE = "CommunityUpdated";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String aggregateId() {
		return community.id().toString();
	}

}
