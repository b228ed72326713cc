package cn.bjrenovation.pipeline.coordination.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.bjrenovation.pipeline.coordination.domain.Actor;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlans;
import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindow;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindows;
import cn.bjrenovation.pipeline.coordination.domain.WindowId;
import cn.bjrenovation.pipeline.coordination.domain.WindowStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compensation of coordination: when housing withdraws a project or takes it out of the year's plan, or planning
 * suspends its design, the project leaves every scheduled window — a window it alone held is released, so the segment
 * is free for others — and the plan is released. Completed works stay as they are. A project without a plan, or one
 * already released or past its works, is left alone, so a replayed fact does nothing.
 */
@Service
public class ReleasingPlan {

	private final CoordinationPlans plans;

	private final TrenchWindows windows;

	private final PlanAccess access;

	private final Clock clock;

	ReleasingPlan(CoordinationPlans plans, TrenchWindows windows, PlanAccess access, Clock clock) {
		this.plans = plans;
		this.windows = windows;
		this.access = access;
		this.clock = clock;
	}

	/** @return whether a plan was released */
	@Transactional
	public boolean release(ProjectId project, List<String> reasons) {
		CoordinationPlan plan = plans.lock(project).filter(CoordinationPlan::releasable).orElse(null);
		if (plan == null) {
			return false;
		}
		List<WindowId> released = new ArrayList<>();
		for (TrenchWindow window : windows.ofProject(project)) {
			if (window.status() != WindowStatus.SCHEDULED || window.participantsOf(project).isEmpty()) {
				continue;
			}
			TrenchWindow left = windows.lock(window.id()).orElseThrow().without(project);
			windows.update(left);
			if (left.status() == WindowStatus.RELEASED) {
				released.add(left.id());
			}
		}
		access.moved(plan.release(reasons, Actor.service(DraftingPlan.SERVICE),
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS)), released);
		return true;
	}

}
