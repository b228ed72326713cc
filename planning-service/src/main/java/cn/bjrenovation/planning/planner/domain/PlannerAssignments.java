package cn.bjrenovation.planning.planner.domain;

import java.util.Optional;

import cn.bjrenovation.platform.place.StreetCode;

/** Who serves each street now, and every assignment ever made (the history is never rewritten). */
public interface PlannerAssignments {

	Optional<PlannerAssignment> current(StreetCode street);

	/** Makes the assignment the street's current one and adds it to the street's history. */
	void add(PlannerAssignment assignment);

}
