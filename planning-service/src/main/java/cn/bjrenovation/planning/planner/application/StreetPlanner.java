package cn.bjrenovation.planning.planner.application;

import cn.bjrenovation.planning.planner.domain.PlannerAssignment;

/** A street's responsible planner, with how many communities on the street planning knows of. */
public record StreetPlanner(PlannerAssignment assignment, int communitiesOnStreet) {
}
