package cn.bjrenovation.planning.design.application;

import cn.bjrenovation.planning.design.domain.Actor;
import cn.bjrenovation.planning.design.domain.DesignCase;
import cn.bjrenovation.planning.design.domain.DesignCases;
import cn.bjrenovation.planning.design.domain.ProjectId;
import cn.bjrenovation.planning.planner.application.ServingPlanners;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds a design case for a caller under one operation, as the duty policy lets them see it: by its community's place,
 * its status (the policy's {@code designStatus} fact: finance, DRC and city management read approved schemes only)
 * and whether the caller is the responsible planner of its street now ({@link ServingPlanners}). A case outside the
 * caller's reach is not found, exactly like an unknown one.
 */
@Component
class DesignAccess {

	/** The fact the policy's grants on approved schemes are conditioned on. */
	static final String DESIGN_STATUS = "designStatus";

	static final String WHAT = "design case";

	private final DesignCases cases;

	private final DutyPolicy policy;

	private final ServingPlanners planners;

	DesignAccess(DesignCases cases, DutyPolicy policy, ServingPlanners planners) {
		this.cases = cases;
		this.policy = policy;
		this.planners = planners;
	}

	/** @throws NotFoundException when there is no such case or it lies outside the caller's reach */
	DesignCase visible(Caller caller, String operation, ProjectId id) {
		var reach = policy.reach(caller, operation);
		DesignCase found = cases.find(id).orElseThrow(() -> new NotFoundException(WHAT, id));
		reach.requireVisible(place(caller, found), WHAT, id);
		return found;
	}

	/** The caller as a case's transition records them. */
	static Actor actor(Caller caller) {
		return new Actor(caller.subject(), caller.role().name(), caller.scopeTerm());
	}

	/** Where the case lies for the policy, with the facts its conditions read. */
	Place place(Caller caller, DesignCase designCase) {
		return planners.withPlanner(designCase.place(), caller).with(DESIGN_STATUS, designCase.status().name());
	}

}
