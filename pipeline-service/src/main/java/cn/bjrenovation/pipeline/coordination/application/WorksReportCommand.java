package cn.bjrenovation.pipeline.coordination.application;

import java.time.LocalDate;

import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import cn.bjrenovation.pipeline.coordination.domain.WindowId;
import cn.bjrenovation.pipeline.coordination.domain.WorksStage;
import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/** An operator reports the stage its works reached on one window's segment, and on which day. */
public record WorksReportCommand(ProjectId projectId, Utility utility, WindowId windowId, WorksStage stage,
		LocalDate on, String note) {

	/** @throws InvalidInputException listing each broken rule by field */
	public static WorksReportCommand of(String projectId, String utility, String windowId, String stage, String on,
			String note) {
		FieldCheck check = new FieldCheck();
		ProjectId project = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		Utility network = Inputs.utility(check, utility, "utility");
		WindowId window = check.parsed(() -> WindowId.parse(windowId, "windowId"));
		WorksStage reached = check.choice(stage, "stage", WorksStage.class);
		check.require(reached != WorksStage.NOT_STARTED, "stage", "NOT_STARTED is where works begin, not a report");
		LocalDate day = Inputs.date(check, on, "on");
		String text = Inputs.note(check, note, "note");
		check.throwIfAny();
		return new WorksReportCommand(project, network, window, reached, day, text);
	}

}
