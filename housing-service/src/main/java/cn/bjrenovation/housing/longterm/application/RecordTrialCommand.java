package cn.bjrenovation.housing.longterm.application;

import java.time.LocalDate;

import cn.bjrenovation.housing.acceptance.application.Dates;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/** The pre-selected property company and its trial period, without contract or fee (先尝后买, A1-11). */
public record RecordTrialCommand(ProjectId projectId, String propertyCompany, LocalDate startsOn, LocalDate endsOn) {

	/** @throws InvalidInputException naming every bad field at once */
	public static RecordTrialCommand of(String projectId, String propertyCompany, String startsOn, String endsOn) {
		FieldCheck check = new FieldCheck();
		ProjectId id = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		check.plainText(propertyCompany, "propertyCompany", 200);
		LocalDate starts = check.parsed(() -> Dates.parse(startsOn, "startsOn"));
		LocalDate ends = check.parsed(() -> Dates.parse(endsOn, "endsOn"));
		if (starts != null && ends != null) {
			check.require(!ends.isBefore(starts), "endsOn", "the trial ends on or after it starts (" + starts + ")");
		}
		check.throwIfAny();
		return new RecordTrialCommand(id, propertyCompany.strip(), starts, ends);
	}

}
