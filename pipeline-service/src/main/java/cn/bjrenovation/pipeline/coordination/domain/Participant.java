package cn.bjrenovation.pipeline.coordination.domain;

import java.time.LocalDate;
import java.util.Objects;

import cn.bjrenovation.pipeline.utility.domain.Utility;

/**
 * One project's utility laying its network in a window's trench.
 *
 * @param stageOn day of the last works report; null before any
 */
public record Participant(ProjectId projectId, Utility utility, ParticipantRole role, WorksStage stage,
		LocalDate stageOn) {

	public Participant {
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(utility, "utility");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(stage, "stage");
	}

	public boolean is(ProjectId project, Utility network) {
		return projectId.equals(project) && utility == network;
	}

	Participant as(ParticipantRole next) {
		return new Participant(projectId, utility, next, stage, stageOn);
	}

	Participant at(WorksStage next, LocalDate on) {
		return new Participant(projectId, utility, role, next, on);
	}

}
