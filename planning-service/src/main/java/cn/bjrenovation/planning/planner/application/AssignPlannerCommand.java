package cn.bjrenovation.planning.planner.application;

import cn.bjrenovation.planning.planner.domain.PlannerAssignment;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * Planning's decision that a planner serves a street from now on, checked where it enters (REST or gRPC).
 *
 * @param plannerSubject the planner's token subject, stripped
 * @param plannerName the planner's name as officials read it, stripped
 */
public record AssignPlannerCommand(StreetCode street, String plannerSubject, String plannerName) {

	/**
	 * Reads the command from the request's fields, checking every rule at once so the official sees all problems
	 * together, each under the field name of the request.
	 * @throws InvalidInputException listing each broken rule by field
	 */
	public static AssignPlannerCommand of(String streetCode, String plannerSubject, String plannerName) {
		FieldCheck check = new FieldCheck();
		StreetCode street = check.parsed(() -> StreetCode.parse(streetCode, "streetCode"));
		check.notBlank(plannerSubject, "plannerSubject", PlannerAssignment.MAX_SUBJECT_LENGTH)
			.notBlank(plannerName, "plannerName", PlannerAssignment.MAX_NAME_LENGTH)
			.throwIfAny();
		return new AssignPlannerCommand(street, plannerSubject.strip(), plannerName.strip());
	}

}
