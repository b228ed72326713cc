package cn.bjrenovation.housing.community.domain;

import java.util.List;

import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.envelope.IntegrationEvent;

/**
 * Communities a survey import added in one transaction (at most {@link #MAX_COMMUNITIES}), keyed by the
 * import: one event per chunk keeps a 20,000-row import from writing 20,000 outbox rows.
 */
public record CommunitiesImported(EventMetadata metadata, String importId, int chunk, List<Community> communities)
		implements IntegrationEvent {

	/** The fact's name on {@code housing.community} (contract {@code housing.v1}), fixed whatever this class is called. */
	public static final String TYPE = "CommunitiesImported";

	@Override
	public String type() {
		return TYPE;
	}

	public static final int MAX_COMMUNITIES = 500;

	@Override
	public String aggregateId() {
		return importId + "#" + chunk;
	}

}
