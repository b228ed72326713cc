package cn.bjrenovation.pipeline.coordination.application;

import java.util.List;

import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import cn.bjrenovation.pipeline.coordination.domain.WindowId;
import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/** Utilities of a plan join a window already scheduled on the segment (trench sharing), instead of opening their own. */
public record JoinWindowCommand(ProjectId projectId, WindowId windowId, List<Utility> utilities) {

	/** @throws InvalidInputException listing each broken rule by field */
	public static JoinWindowCommand of(String projectId, String windowId, List<String> utilities) {
		FieldCheck check = new FieldCheck();
		ProjectId project = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		WindowId window = check.parsed(() -> WindowId.parse(windowId, "windowId"));
		List<Utility> read = Inputs.utilities(check, utilities, "utilities");
		check.throwIfAny();
		return new JoinWindowCommand(project, window, read);
	}

}
