package cn.bjrenovation.planning.design.application;

import java.time.Instant;
import java.util.List;

import cn.bjrenovation.planning.design.domain.DesignProject;

/**
 * What one of housing's facts on {@code housing.project} means for design, as planning's mapping reads it.
 *
 * @param project the project after housing's move (its historic flag unknown: false)
 * @param reasons housing's reasons for the move
 * @param at when housing moved it
 */
public record ProjectFact(Kind kind, DesignProject project, List<String> reasons, Instant at) {

	/** What happened to the project. */
	public enum Kind {

		/** It entered a year's plan (compiled or adjusted in): its design case opens. */
		PLANNED,
		/** An adjustment took it out of the plan: its case is suspended. */
		REMOVED_FROM_PLAN,
		/** The applicant withdrew it: its case closes. */
		WITHDRAWN,
		/** It passed joint acceptance (联合验收, JointAcceptancePassed): the planner's effect evaluation may be recorded. */
		ACCEPTED

	}

	public ProjectFact {
		reasons = List.copyOf(reasons);
	}

}
