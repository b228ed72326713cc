package cn.bjrenovation.pipeline.coordination.application;

import java.time.LocalDate;

import cn.bjrenovation.pipeline.coordination.domain.Confirmation;
import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/** An operator confirms its utility's part: scope, its own dates, and what it pays for its network (fen). */
public record ConfirmPartCommand(ProjectId projectId, Utility utility, Confirmation confirmation) {

	/** @throws InvalidInputException listing each broken rule by field */
	public static ConfirmPartCommand of(String projectId, String utility, String scope, String from, String to,
			Long contributionFen) {
		FieldCheck check = new FieldCheck();
		ProjectId project = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		Utility network = Inputs.utility(check, utility, "utility");
		check.plainText(scope, "scope", Inputs.MAX_TEXT);
		LocalDate first = Inputs.date(check, from, "from");
		LocalDate last = Inputs.date(check, to, "to");
		if (first != null && last != null) {
			check.require(!last.isBefore(first), "to", "ends on " + last + ", before it starts on " + first);
		}
		check.nonNegative(contributionFen, "contributionFen");
		check.throwIfAny();
		return new ConfirmPartCommand(project, network, new Confirmation(scope.strip(), first, last, contributionFen));
	}

}
