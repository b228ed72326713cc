package cn.bjrenovation.planning.planner.application;

import cn.bjrenovation.planning.community.domain.RegisteredCommunities;
import cn.bjrenovation.planning.planner.domain.PlannerAssignment;
import cn.bjrenovation.planning.planner.domain.PlannerAssignments;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells who serves a street. Which streets a caller may ask about is the duty policy's to say (a district its
 * own district's, a street office or a planner their own street); any other street reads as having no planner,
 * exactly like a street without one, so streets outside one's reach cannot be probed.
 */
@Service
public class FindingPlanner {

	static final String OPERATION = "planning.planner.read";

	private static final String WHAT = "responsible planner of street";

	private final PlannerAssignments assignments;

	private final RegisteredCommunities communities;

	private final DutyPolicy policy;

	FindingPlanner(PlannerAssignments assignments, RegisteredCommunities communities, DutyPolicy policy) {
		this.assignments = assignments;
		this.communities = communities;
		this.policy = policy;
	}

	/** @throws NotFoundException when the street has no planner or lies outside the caller's reach */
	@Transactional(readOnly = true)
	public StreetPlanner find(Caller caller, StreetCode street) {
		policy.reach(caller, OPERATION).requireVisible(PlannerAssignment.placeOf(street), WHAT, street);
		return assignments.current(street)
			.map(assignment -> new StreetPlanner(assignment, communities.countOnStreet(street)))
			.orElseThrow(() -> new NotFoundException(WHAT, street));
	}

}
