package cn.bjrenovation.pipeline.coordination.domain;

import java.util.List;

import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.envelope.IntegrationEvent;

/**
 * A coordination plan moved: one fact per transition on {@code pipeline.coordination}, keyed by project id so one
 * project's facts stay in order. Its wire name is the action's ({@link PlanAction#eventType()}), so a new row of the
 * life cycle names its own fact.
 *
 * @param plan the plan after the move; its last transition is this one
 * @param windows the plan's windows as they are after the move
 * @param releasedWindows for a release: the windows released (left empty by the project)
 */
public record PlanMoved(EventMetadata metadata, CoordinationPlan plan, List<TrenchWindow> windows,
		List<WindowId> releasedWindows) implements IntegrationEvent {

	public PlanMoved {
		windows = List.copyOf(windows);
		releasedWindows = List.copyOf(releasedWindows);
	}

	public PlanTransition transition() {
		return plan.last();
	}

	@Override
	public String type() {
		return transition().action().eventType();
	}

	@Override
	public String aggregateId() {
		return plan.id().toString();
	}

}
