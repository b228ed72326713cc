package cn.bjrenovation.pipeline.coordination.application;

import java.time.LocalDate;

import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import cn.bjrenovation.pipeline.coordination.domain.WindowId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/** City management records an inspection of a plan's works in one window. */
public record InspectionCommand(ProjectId projectId, WindowId windowId, LocalDate inspectedOn, boolean passed,
		String findings) {

	/** @throws InvalidInputException listing each broken rule by field */
	public static InspectionCommand of(String projectId, String windowId, String inspectedOn, Boolean passed,
			String findings) {
		FieldCheck check = new FieldCheck();
		ProjectId project = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		WindowId window = check.parsed(() -> WindowId.parse(windowId, "windowId"));
		LocalDate on = Inputs.date(check, inspectedOn, "inspectedOn");
		check.present(passed, "passed").plainText(findings, "findings", Inputs.MAX_TEXT);
		check.throwIfAny();
		return new InspectionCommand(project, window, on, passed, findings.strip());
	}

}
