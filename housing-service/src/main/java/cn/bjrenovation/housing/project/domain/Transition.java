package cn.bjrenovation.housing.project.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One recorded move of a project: which action, from which status to which, who took it, when, and why. Never
 * changed once recorded.
 *
 * @param sequence position in the project's history, from 1
 * @param from null for the application, which starts the project
 * @param year the plan year of a plan transition; null otherwise
 */
public record Transition(int sequence, ProjectAction action, ProjectStatus from, ProjectStatus to, Actor actor,
		Instant at, List<String> reasons, Integer year) {

	public Transition {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(at, "at");
		reasons = List.copyOf(reasons);
	}

}
