package cn.bjrenovation.planning.planner.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.planning.community.domain.RegisteredCommunities;
import cn.bjrenovation.planning.planner.domain.PlannerAssignment;
import cn.bjrenovation.planning.planner.domain.PlannerAssignments;
import cn.bjrenovation.platform.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns a street's responsible planner (责任规划师制度, A2 规自委). Only the commission holds this duty
 * (checked by the duty policy), city-wide, so there is no object scope to check here. Assigning the planner
 * who already serves the street changes nothing, so a repeated request leaves no second history entry.
 */
@Service
public class AssigningPlanner {

	static final String OPERATION = "planning.planner.assign";

	private final PlannerAssignments assignments;

	private final AuditTrail audit;

	private final RegisteredCommunities communities;

	AssigningPlanner(PlannerAssignments assignments, RegisteredCommunities communities, AuditTrail audit) {
		this.assignments = assignments;
		this.audit = audit;
		this.communities = communities;
	}

	@Transactional
	public StreetPlanner assign(String assignedBy, AssignPlannerCommand command) {
		// microseconds: what PostgreSQL keeps, so the answer equals what a later read returns
		PlannerAssignment requested = PlannerAssignment.assign(command.streetCode(), command.plannerSubject(),
				command.plannerName(), Instant.now().truncatedTo(ChronoUnit.MICROS), assignedBy);
		PlannerAssignment assignment = assignments.current(requested.street())
			.filter(current -> current.samePlannerAs(requested))
			.orElseGet(() -> {
				assignments.add(requested);
				audit.changed(OPERATION, requested.street().value(), "assigned " + requested.plannerSubject());
				return requested;
			});
		return new StreetPlanner(assignment, communities.countOnStreet(assignment.street().value()));
	}

}
