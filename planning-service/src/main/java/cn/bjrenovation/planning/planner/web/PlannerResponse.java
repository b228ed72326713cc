package cn.bjrenovation.planning.planner.web;

import java.time.Instant;

import cn.bjrenovation.planning.planner.application.StreetPlanner;

record PlannerResponse(String assignmentId, String streetCode, String plannerSubject, String plannerName,
		Instant assignedAt, String assignedBy, int communitiesOnStreet) {

	static PlannerResponse of(StreetPlanner planner) {
		var assignment = planner.assignment();
		return new PlannerResponse(assignment.id().toString(), assignment.street().value(),
				assignment.plannerSubject(), assignment.plannerName(), assignment.assignedAt(), assignment.assignedBy(),
				planner.communitiesOnStreet());
	}

}
