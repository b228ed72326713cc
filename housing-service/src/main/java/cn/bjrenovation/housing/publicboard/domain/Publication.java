package cn.bjrenovation.housing.publicboard.domain;

import java.util.Set;

import cn.bjrenovation.housing.project.domain.ProjectStatus;

import static cn.bjrenovation.housing.project.domain.ProjectStatus.ACCEPTED;
import static cn.bjrenovation.housing.project.domain.ProjectStatus.CONSTRUCTION_COMPLETED;
import static cn.bjrenovation.housing.project.domain.ProjectStatus.CONSTRUCTION_STARTED;
import static cn.bjrenovation.housing.project.domain.ProjectStatus.LONG_TERM_MANAGED;
import static cn.bjrenovation.housing.project.domain.ProjectStatus.PLANNED;

/**
 * What the notice board (公示栏) publishes: a project from the moment it is in a year's plan (编制年度任务计划, plan
 * §三(一) — the annual plan is the published list) through construction, acceptance and long-term management. Never
 * a project still applying or under review (APPLIED … RESERVED), returned or withdrawn: those hold the residents'
 * consent and are the applicants' and the officials' business until the plan makes them public. A planned project
 * adjusted out of the plan (back to RESERVED) leaves the board with it.
 */
public final class Publication {

	/** The published states, in the order of a project's life. */
	public static final Set<ProjectStatus> PUBLISHED = Set.of(PLANNED, CONSTRUCTION_STARTED, CONSTRUCTION_COMPLETED,
			ACCEPTED, LONG_TERM_MANAGED);

	private Publication() {
	}

	public static boolean published(ProjectStatus status) {
		return PUBLISHED.contains(status);
	}

}
