package cn.bjrenovation.planning.planner.web;

import cn.bjrenovation.planning.planner.application.AssignPlannerCommand;

/** {@code PUT /api/planning/streets/{streetCode}/planner} body, read as given; the command checks it. */
record AssignPlannerRequest(String plannerSubject, String plannerName) {

	AssignPlannerCommand toCommand(String streetCode) {
		return AssignPlannerCommand.of(streetCode, plannerSubject, plannerName);
	}

}
