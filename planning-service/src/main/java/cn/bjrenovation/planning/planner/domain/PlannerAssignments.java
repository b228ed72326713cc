package cn.bjrenovation.planning.planner.domain;

import java.util.List;
import java.util.Optional;

import cn.bjrenovation.platform.place.StreetCode;

/** Who serves each street now, and every assignment ever made (the history is never rewritten). */
public interface PlannerAssignments {

	Optional<PlannerAssignment> current(StreetCode street);

	/** The streets the planner serves now, in code order: the scope of a responsible planner (责任规划师). */
	List<StreetCode> streetsServedBy(String plannerSubject);

	/** Makes the assignment the street's current one and adds it to the street's history. */
	void add(PlannerAssignment assignment);

}
