package cn.bjrenovation.pipeline.coordination.application;

import java.time.LocalDate;

import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * DRC records that the renovated networks passed to their operators (产权移交).
 *
 * @param acceptanceReference the acceptance DRC cites, or null: the handover records housing's acceptance event
 */
public record HandoverCommand(ProjectId projectId, String acceptanceReference, LocalDate handedOverOn, String note) {

	/** @throws InvalidInputException listing each broken rule by field */
	public static HandoverCommand of(String projectId, String acceptanceReference, String handedOverOn, String note) {
		FieldCheck check = new FieldCheck();
		ProjectId project = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		if (acceptanceReference != null) {
			check.plainText(acceptanceReference, "acceptanceReference", 100);
		}
		LocalDate on = Inputs.date(check, handedOverOn, "handedOverOn");
		String text = Inputs.note(check, note, "note");
		check.throwIfAny();
		return new HandoverCommand(project, acceptanceReference == null ? null : acceptanceReference.strip(), on, text);
	}

}
