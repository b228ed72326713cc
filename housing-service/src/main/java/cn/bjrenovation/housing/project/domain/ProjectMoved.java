package cn.bjrenovation.housing.project.domain;

import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.envelope.IntegrationEvent;

/**
 * A project moved: one fact per transition on {@code housing.project}, keyed by project id so one project's facts stay
 * in order. Its wire name is the action's ({@link ProjectAction#eventType()}: {@code ProjectApplied},
 * {@code ProjectAccepted}, {@code ProjectReturned} …), so a new row of the life cycle names its own fact.
 *
 * @param project the project after the transition; its last transition is this one
 */
public record ProjectMoved(EventMetadata metadata, RenovationProject project) implements IntegrationEvent {

	public Transition transition() {
		return project.last();
	}

	@Override
	public String type() {
		return transition().action().eventType();
	}

	@Override
	public String aggregateId() {
		return project.id().toString();
	}

}
