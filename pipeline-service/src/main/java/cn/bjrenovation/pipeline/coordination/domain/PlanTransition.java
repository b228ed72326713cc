package cn.bjrenovation.pipeline.coordination.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import cn.bjrenovation.pipeline.utility.domain.Utility;

/**
 * One recorded move of a plan: which action, from which status to which, who, when and why. Never changed once
 * recorded.
 *
 * @param sequence position in the plan's history, from 1
 * @param from null for the draft, which starts the plan
 * @param utility the part the move concerns (a confirmation, a change request); null for the whole plan
 */
public record PlanTransition(int sequence, PlanAction action, PlanStatus from, PlanStatus to, Utility utility,
		Actor actor, Instant at, List<String> reasons) {

	public PlanTransition {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(at, "at");
		reasons = List.copyOf(reasons);
	}

}
