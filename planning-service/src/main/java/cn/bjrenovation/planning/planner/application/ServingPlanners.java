package cn.bjrenovation.planning.planner.application;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.bjrenovation.planning.planner.domain.PlannerAssignment;
import cn.bjrenovation.planning.planner.domain.PlannerAssignments;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.policy.Reach;
import org.springframework.stereotype.Component;

/**
 * A responsible planner's scope as planning's own assignments hold it, read on every call — never the street claim
 * of their token, which names one street while a planner may serve several, and outlives a re-assignment. The duty
 * policy grants planners their design duties on the condition {@code responsiblePlanner: [CALLER]}: this class adds
 * that fact to an object's place (is the caller the planner now serving its street?), and tells a list which streets
 * that leaves.
 */
@Component
public class ServingPlanners {

	/** The fact the policy's planner grants are conditioned on. */
	public static final String FACT = "responsiblePlanner";

	/** The fact's value when the caller serves the object's street now. */
	public static final String CALLER = "CALLER";

	/** Its value otherwise. */
	public static final String OTHER = "OTHER";

	private final PlannerAssignments assignments;

	ServingPlanners(PlannerAssignments assignments) {
		this.assignments = assignments;
	}

	/** The place with the fact whether the caller is the responsible planner of its street now. */
	public Place withPlanner(Place place, Caller caller) {
		boolean serves = place.streetCode() != null && assignments.current(new StreetCode(place.streetCode()))
			.map(PlannerAssignment::plannerSubject)
			.filter(caller.subject()::equals)
			.isPresent();
		return place.with(FACT, serves ? CALLER : OTHER);
	}

	/**
	 * The streets a list is narrowed to under the reach: those the caller serves, when the grant is conditioned on
	 * being their planner; empty (no narrowing by assignment) otherwise.
	 */
	public Optional<Set<String>> streetsUnder(Reach reach, Caller caller) {
		return reach.condition(FACT)
			.map(values -> values.contains(CALLER) ? assignments.streetsServedBy(caller.subject())
				.stream()
				.map(StreetCode::value)
				.collect(Collectors.toSet()) : Set.of());
	}

	/** The planner serving the street now, if any. */
	public Optional<PlannerAssignment> of(StreetCode street) {
		return assignments.current(street);
	}

}
