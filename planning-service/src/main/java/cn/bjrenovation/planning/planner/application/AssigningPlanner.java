package cn.bjrenovation.planning.planner.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.planning.community.domain.RegisteredCommunities;
import cn.bjrenovation.planning.planner.domain.PlannerAssignment;
import cn.bjrenovation.planning.planner.domain.PlannerAssignments;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns a street's responsible planner (责任规划师制度, A2 规自委). Who may, and on which streets, is the duty
 * policy's to say. Assigning the planner who already serves the street changes nothing, so a repeated request
 * leaves no second history entry.
 */
@Service
public class AssigningPlanner {

	static final String OPERATION = "planning.planner.assign";

	private final PlannerAssignments assignments;

	private final RegisteredCommunities communities;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	AssigningPlanner(PlannerAssignments assignments, RegisteredCommunities communities, DutyPolicy policy,
			AuditTrail audit, Clock clock) {
		this.assignments = assignments;
		this.communities = communities;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/** @throws ForbiddenException when the street lies outside the caller's reach under the policy */
	@Transactional
	public StreetPlanner assign(Caller caller, AssignPlannerCommand command) {
		policy.reach(caller, OPERATION).requireCovers(PlannerAssignment.placeOf(command.street()));
		// microseconds: what PostgreSQL keeps, so the answer equals what a later read returns
		PlannerAssignment requested = PlannerAssignment.assign(command.street(), command.plannerSubject(),
				command.plannerName(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS), caller.subject());
		PlannerAssignment assignment = assignments.current(command.street())
			.filter(current -> current.samePlannerAs(requested))
			.orElseGet(() -> {
				assignments.add(requested);
				audit.changed(OPERATION, requested.street(),
						"assigned " + requested.plannerSubject() + " (assignment " + requested.id() + ")");
				return requested;
			});
		return new StreetPlanner(assignment, communities.countOnStreet(assignment.street()));
	}

}
