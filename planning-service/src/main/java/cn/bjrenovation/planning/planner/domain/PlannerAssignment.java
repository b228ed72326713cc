package cn.bjrenovation.planning.planner.domain;

import java.time.Instant;
import java.util.Objects;

import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.policy.Place;

/**
 * The responsible planner (责任规划师) serving a street: the one who collects residents' opinions and submits
 * the designs for the communities on it. A street has one at a time; assigning another replaces them.
 *
 * @param plannerSubject the planner's identity subject, as their token's {@code sub} names them
 * @param assignedBy the subject of the planning official who made the assignment
 */
public record PlannerAssignment(PlannerAssignmentId id, StreetCode street, String plannerSubject, String plannerName,
		Instant assignedAt, String assignedBy) {

	/** The longest identity subject a planner's token may carry. */
	public static final int MAX_SUBJECT_LENGTH = 255;

	public static final int MAX_NAME_LENGTH = 100;

	/** The input was checked where it entered (see {@code AssignPlannerCommand}); here only its presence is. */
	public PlannerAssignment {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(street, "street");
		Objects.requireNonNull(plannerSubject, "plannerSubject");
		Objects.requireNonNull(plannerName, "plannerName");
		Objects.requireNonNull(assignedAt, "assignedAt");
		Objects.requireNonNull(assignedBy, "assignedBy");
	}

	/** A new assignment of the planner to the street, made now by {@code assignedBy}. */
	public static PlannerAssignment assign(StreetCode street, String plannerSubject, String plannerName,
			Instant assignedAt, String assignedBy) {
		return new PlannerAssignment(PlannerAssignmentId.newId(), street, plannerSubject, plannerName, assignedAt,
				assignedBy);
	}

	/** Whether both name the same planner on the same street: re-assigning them is no new assignment. */
	public boolean samePlannerAs(PlannerAssignment other) {
		return street.equals(other.street) && plannerSubject.equals(other.plannerSubject)
				&& plannerName.equals(other.plannerName);
	}

	/** Where the assignment lies for the duty policy: on its street, in that street's district. */
	public Place place() {
		return placeOf(street);
	}

	/** Where a street's planner lies for the duty policy, whether one is assigned or not. */
	public static Place placeOf(StreetCode street) {
		return Place.of(street.district().value(), street.value(), null);
	}

}
