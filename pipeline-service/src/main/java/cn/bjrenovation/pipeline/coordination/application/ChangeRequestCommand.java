package cn.bjrenovation.pipeline.coordination.application;

import java.util.List;

import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/** An operator asks for a change of its utility's part, with reasons. */
public record ChangeRequestCommand(ProjectId projectId, Utility utility, List<String> reasons) {

	/** @throws InvalidInputException listing each broken rule by field */
	public static ChangeRequestCommand of(String projectId, String utility, List<String> reasons) {
		FieldCheck check = new FieldCheck();
		ProjectId project = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		Utility network = Inputs.utility(check, utility, "utility");
		List<String> read = Inputs.reasons(check, reasons, "reasons");
		check.throwIfAny();
		return new ChangeRequestCommand(project, network, read);
	}

}
