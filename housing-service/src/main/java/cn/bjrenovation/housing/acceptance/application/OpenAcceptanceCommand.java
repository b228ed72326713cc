package cn.bjrenovation.housing.acceptance.application;

import java.time.LocalDate;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/** The district opens a project's joint acceptance on a day, with a note (who was invited, where). */
public record OpenAcceptanceCommand(ProjectId projectId, LocalDate openedOn, String note) {

	/** @throws InvalidInputException naming every bad field at once */
	public static OpenAcceptanceCommand of(String projectId, String openedOn, String note) {
		FieldCheck check = new FieldCheck();
		ProjectId id = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		LocalDate on = check.parsed(() -> Dates.parse(openedOn, "openedOn"));
		String text = note == null ? "" : note;
		if (!text.isBlank()) {
			check.plainText(text, "note", 1000);
		}
		check.throwIfAny();
		return new OpenAcceptanceCommand(id, on, text.strip());
	}

}
