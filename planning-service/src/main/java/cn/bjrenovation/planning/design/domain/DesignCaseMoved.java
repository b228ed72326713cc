package cn.bjrenovation.planning.design.domain;

import java.util.List;

import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.envelope.IntegrationEvent;

/**
 * A design case moved: one fact per move on {@code planning.design}, keyed by project id so one project's facts stay
 * in order. Its wire name is the action's ({@link DesignAction#eventType()}).
 *
 * @param designCase the case after the move; its last transition is this one
 * @param permits the permits of an approval, one per item; empty for other moves
 * @param plannerSubject the street's planner when the case opened; null for other moves or a street without one
 * @param plannerName their name, likewise
 */
public record DesignCaseMoved(EventMetadata metadata, DesignCase designCase, List<ItemPermit> permits,
		String plannerSubject, String plannerName) implements IntegrationEvent {

	public DesignCaseMoved {
		permits = List.copyOf(permits);
	}

	public DesignCaseMoved(EventMetadata metadata, DesignCase designCase, List<ItemPermit> permits) {
		this(metadata, designCase, permits, null, null);
	}

	public CaseTransition transition() {
		return designCase.last();
	}

	@Override
	public String type() {
		return transition().action().eventType();
	}

	@Override
	public String aggregateId() {
		return designCase.id().toString();
	}

}
