package cn.bjrenovation.finance.funding.application;

import cn.bjrenovation.finance.funding.domain.Milestone;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * A milestone proved for a project, asking for its tranche: which milestone, the id of what proves it (the event of
 * the construction stage, or the Finance Bureau's own record number until those events exist), the evidence, and
 * optionally the amount (else the milestone's default share).
 *
 * @param amountFen null for the milestone's default
 */
public record DisburseTrancheCommand(ProjectId project, Milestone milestone, String sourceEventId, String evidence,
		Long amountFen) {

	public static final int MAX_TEXT = 500;

	/** @throws InvalidInputException listing every bad field at once */
	public static DisburseTrancheCommand of(String projectId, String milestone, String sourceEventId, String evidence,
			Long amountFen) {
		FieldCheck check = new FieldCheck();
		ProjectId project = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		Milestone parsed = check.choice(milestone, "milestone", Milestone.class);
		check.plainText(sourceEventId, "sourceEventId", 100).plainText(evidence, "evidence", MAX_TEXT);
		if (amountFen != null) {
			check.require(amountFen > 0 && amountFen <= 100_000_000_000_000L, "amountFen",
					amountFen + " fen: a tranche is more than zero and at most 一万亿元");
		}
		check.throwIfAny();
		return new DisburseTrancheCommand(project, parsed, sourceEventId.strip(), evidence.strip(), amountFen);
	}

}
