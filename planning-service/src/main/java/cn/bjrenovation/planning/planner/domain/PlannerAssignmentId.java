package cn.bjrenovation.planning.planner.domain;

import java.util.Objects;
import java.util.UUID;

import cn.bjrenovation.platform.problems.InvalidInputException;

/** Identity of one assignment of a planner to a street: the answer, the history and the audit trail name the same one. */
public record PlannerAssignmentId(UUID value) {

	public PlannerAssignmentId {
		Objects.requireNonNull(value, "a planner assignment id needs a value");
	}

	public static PlannerAssignmentId newId() {
		return new PlannerAssignmentId(UUID.randomUUID());
	}

	/** @throws InvalidInputException naming {@code field} when the text is not an assignment id (a UUID) */
	public static PlannerAssignmentId parse(String text, String field) {
		try {
			return new PlannerAssignmentId(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException(field, "'" + text + "' is not a planner assignment id (a UUID)");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
