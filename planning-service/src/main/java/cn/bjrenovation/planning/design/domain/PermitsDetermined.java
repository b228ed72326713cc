package cn.bjrenovation.planning.design.domain;

import java.util.List;

import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.envelope.IntegrationEvent;

/** The commission changed permits of the approved scheme or recorded a commitment check; every item's permit now. */
public record PermitsDetermined(EventMetadata metadata, DesignCase designCase, int schemeVersion,
		List<ItemPermit> permits) implements IntegrationEvent {

	public static final String TYPE = DesignAction.Facts.PERMITS_DETERMINED;

	public PermitsDetermined {
		permits = List.copyOf(permits);
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String aggregateId() {
		return designCase.id().toString();
	}

}
