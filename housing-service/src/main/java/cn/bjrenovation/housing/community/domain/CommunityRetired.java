package cn.bjrenovation.housing.community.domain;

import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.envelope.IntegrationEvent;

/** A community left the database (merged, demolished, registered by mistake); it is kept, flagged retired. */
public record CommunityRetired(EventMetadata metadata, Community community, String reason) implements IntegrationEvent {

	/** The fact's name on {@code housing.community} (contract {@code housing.v1}), fixed whatever this class is called. */
	public static final String TYPE = "CommunityRetired";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String aggregateId() {
		return community.id().toString();
	}

}
