package cn.bjrenovation.housing.community.domain;

import java.util.List;

import cn.bjrenovation.platform.events.EventMetadata;
import cn.bjrenovation.platform.events.IntegrationEvent;

/**
 * Communities a survey import added in one transaction (at most {@link #MAX_COMMUNITIES}), keyed by the
 * import: one event per chunk keeps a 20,000-row import from writing 20,000 outbox rows.
 */
public record CommunitiesImported(EventMetadata metadata, String importId, int chunk, List<Community> communities)
		implements IntegrationEvent {

	public static final int MAX_COMMUNITIES = 500;

	@Override
	public String aggregateId() {
		return importId + "#" + chunk;
	}

}
