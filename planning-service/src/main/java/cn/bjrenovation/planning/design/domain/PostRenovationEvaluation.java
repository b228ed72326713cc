package cn.bjrenovation.planning.design.domain;

import java.time.Instant;
import java.util.Objects;

/** The responsible planner's effect evaluation after the renovation (开展改造评估, A2 规自委), recorded once. */
public record PostRenovationEvaluation(ProjectId projectId, int rating, String findings, String evaluatedBy,
		Instant evaluatedAt) {

	public PostRenovationEvaluation {
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(findings, "findings");
		Objects.requireNonNull(evaluatedBy, "evaluatedBy");
		Objects.requireNonNull(evaluatedAt, "evaluatedAt");
		if (rating < 1 || rating > 5) {
			throw new IllegalArgumentException("a rating is 1 to 5, not " + rating);
		}
	}

}
