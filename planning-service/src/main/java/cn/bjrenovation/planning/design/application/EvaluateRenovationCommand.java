package cn.bjrenovation.planning.design.application;

import cn.bjrenovation.planning.design.domain.ProjectId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/** The planner's effect evaluation after the renovation (开展改造评估): a rating 1–5 and the findings. */
public record EvaluateRenovationCommand(ProjectId projectId, int rating, String findings) {

	public static final int MAX_FINDINGS = 4000;

	/** @throws InvalidInputException listing every bad field */
	public static EvaluateRenovationCommand of(String projectId, Integer rating, String findings) {
		FieldCheck check = new FieldCheck();
		ProjectId id = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		check.present(rating, "rating");
		check.require(rating == null || rating >= 1 && rating <= 5, "rating", "1 (poor) to 5 (excellent), was " + rating);
		check.plainText(findings, "findings", MAX_FINDINGS);
		check.throwIfAny();
		return new EvaluateRenovationCommand(id, rating, findings.strip());
	}

}
