package cn.bjrenovation.planning.design.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One recorded move of a design case: which action, from which status to which, who, when and why. Never changed.
 *
 * @param from null for the opening
 */
public record CaseTransition(DesignAction action, DesignCaseStatus from, DesignCaseStatus to, Actor actor, Instant at,
		List<String> reasons) {

	public CaseTransition {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(at, "at");
		reasons = List.copyOf(reasons);
	}

}
