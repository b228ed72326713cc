package cn.bjrenovation.planning.planner.web;

/** {@code PUT /api/planning/streets/{streetCode}/planner} body; the rules are checked by the domain. */
record AssignPlannerRequest(String plannerSubject, String plannerName) {
}
