package cn.bjrenovation.planning.planner.application;

/** Planning's decision that a planner serves a street from now on. */
public record AssignPlannerCommand(String streetCode, String plannerSubject, String plannerName) {
}
