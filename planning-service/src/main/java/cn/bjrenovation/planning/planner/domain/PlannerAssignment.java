package cn.bjrenovation.planning.planner.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;

/**
 * The responsible planner (责任规划师) serving a street: the one who collects residents' opinions and submits
 * the designs for the communities on it. A street has one at a time; assigning another replaces them.
 *
 * @param plannerSubject the planner's identity subject, as their token's {@code sub} names them
 * @param assignedBy the subject of the planning official who made the assignment
 */
public record PlannerAssignment(StreetCode street, String plannerSubject, String plannerName, Instant assignedAt,
		String assignedBy) {

	public static final int MAX_SUBJECT_LENGTH = 255;

	public static final int MAX_NAME_LENGTH = 100;

	/**
	 * Assigns a planner to a street, checking every rule at once so the official sees all problems together.
	 * @throws InvalidInputException listing each broken rule by field
	 */
	public static PlannerAssignment assign(String streetCode, String plannerSubject, String plannerName,
			Instant assignedAt, String assignedBy) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!StreetCode.isWellFormed(streetCode)) {
			problems.add(new FieldProblem("streetCode", StreetCode.problem(streetCode)));
		}
		if (plannerSubject == null || plannerSubject.isBlank()) {
			problems.add(new FieldProblem("plannerSubject", "must name the planner's identity (their token subject)"));
		}
		else if (plannerSubject.strip().length() > MAX_SUBJECT_LENGTH) {
			problems.add(new FieldProblem("plannerSubject", "must be at most " + MAX_SUBJECT_LENGTH + " characters"));
		}
		if (plannerName == null || plannerName.isBlank()) {
			problems.add(new FieldProblem("plannerName", "must not be blank"));
		}
		else if (plannerName.strip().length() > MAX_NAME_LENGTH) {
			problems.add(new FieldProblem("plannerName", "must be at most " + MAX_NAME_LENGTH + " characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new PlannerAssignment(new StreetCode(streetCode), plannerSubject.strip(), plannerName.strip(),
				assignedAt, assignedBy);
	}

	/** Whether both name the same planner on the same street: re-assigning them is no new assignment. */
	public boolean samePlannerAs(PlannerAssignment other) {
		return street.equals(other.street) && plannerSubject.equals(other.plannerSubject)
				&& plannerName.equals(other.plannerName);
	}

}
