package cn.bjrenovation.housing.evaluation.application;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.bjrenovation.housing.acceptance.application.Dates;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/** A satisfaction survey's result: when, how many residents answered, the mean score (0 to 100). */
public record RecordSatisfactionCommand(ProjectId projectId, LocalDate surveyedOn, int participants,
		BigDecimal score) {

	/** @throws InvalidInputException naming every bad field at once */
	public static RecordSatisfactionCommand of(String projectId, String surveyedOn, Integer participants,
			BigDecimal score) {
		FieldCheck check = new FieldCheck();
		ProjectId id = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		LocalDate on = check.parsed(() -> Dates.parse(surveyedOn, "surveyedOn"));
		check.present(participants, "participants");
		if (participants != null) {
			check.require(participants > 0 && participants <= 1_000_000, "participants",
					"must be between 1 and 1000000 residents");
		}
		check.present(score, "score");
		if (score != null) {
			check.require(score.signum() >= 0 && score.compareTo(BigDecimal.valueOf(100)) <= 0, "score",
					"must be between 0 and 100");
			check.require(score.stripTrailingZeros().scale() <= 2, "score", "at most two decimals");
		}
		check.throwIfAny();
		return new RecordSatisfactionCommand(id, on, participants, score);
	}

}
