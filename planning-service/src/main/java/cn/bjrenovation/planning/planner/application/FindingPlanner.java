package cn.bjrenovation.planning.planner.application;

import cn.bjrenovation.planning.community.domain.RegisteredCommunities;
import cn.bjrenovation.planning.planner.domain.PlannerAssignments;
import cn.bjrenovation.planning.planner.domain.StreetCode;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells who serves a street. A district sees the streets of its district, a street office or a planner only
 * their own street; any other street reads as having no planner, as elsewhere in the suite.
 */
@Service
public class FindingPlanner {

	private final PlannerAssignments assignments;

	private final RegisteredCommunities communities;

	FindingPlanner(PlannerAssignments assignments, RegisteredCommunities communities) {
		this.assignments = assignments;
		this.communities = communities;
	}

	@Transactional(readOnly = true)
	public StreetPlanner find(Caller caller, StreetCode street) {
		if (!caller.covers(street.districtCode(), street.value(), null)) {
			throw noPlanner(street);
		}
		return assignments.current(street)
			.map(assignment -> new StreetPlanner(assignment, communities.countOnStreet(street.value())))
			.orElseThrow(() -> noPlanner(street));
	}

	private static NotFoundException noPlanner(StreetCode street) {
		return new NotFoundException("responsible planner of street", street);
	}

}
