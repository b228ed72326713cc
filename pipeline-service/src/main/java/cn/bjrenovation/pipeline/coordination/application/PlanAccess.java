package cn.bjrenovation.pipeline.coordination.application;

import java.util.List;

import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlans;
import cn.bjrenovation.pipeline.coordination.domain.PlanMoved;
import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindows;
import cn.bjrenovation.pipeline.coordination.domain.WindowId;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How the use cases reach a plan and record its moves: a plan outside the caller's reach reads exactly like one that
 * does not exist, and every move is stored and published (through the outbox, in the same transaction) together.
 */
@Component
class PlanAccess {

	static final String WHAT = "coordination plan of project";

	private final CoordinationPlans plans;

	private final TrenchWindows windows;

	private final ApplicationEventPublisher events;

	PlanAccess(CoordinationPlans plans, TrenchWindows windows, ApplicationEventPublisher events) {
		this.plans = plans;
		this.windows = windows;
		this.events = events;
	}

	/** @throws NotFoundException when the project has no plan or it lies outside the reach */
	CoordinationPlan visible(Reach reach, ProjectId id) {
		CoordinationPlan plan = plans.find(id).orElseThrow(() -> new NotFoundException(WHAT, id));
		reach.requireVisible(plan.place(reach.utility()), WHAT, id);
		return plan;
	}

	/** As {@link #visible}, locking the plan until the transaction ends. */
	CoordinationPlan locked(Reach reach, ProjectId id) {
		CoordinationPlan plan = plans.lock(id).orElseThrow(() -> new NotFoundException(WHAT, id));
		reach.requireVisible(plan.place(reach.utility()), WHAT, id);
		return plan;
	}

	/** Stores the moved plan and publishes its fact with the plan's windows as they now are. */
	void moved(CoordinationPlan plan) {
		moved(plan, List.of());
	}

	void moved(CoordinationPlan plan, List<WindowId> released) {
		plans.update(plan);
		events.publishEvent(new PlanMoved(EventMetadata.capture(), plan, windows.ofProject(plan.id()), released));
	}

}
