package cn.bjrenovation.pipeline.coordination.application;

import java.time.LocalDate;
import java.util.List;

import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import cn.bjrenovation.pipeline.coordination.domain.ProtectionException;
import cn.bjrenovation.pipeline.coordination.domain.RoadWork;
import cn.bjrenovation.pipeline.coordination.domain.SegmentCode;
import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * City management schedules a trench window on a segment for some of the plan's utilities, the first leading.
 *
 * @param exception an approved exception to the segment's protection period, or null
 */
public record OpenWindowCommand(ProjectId projectId, SegmentCode segment, String segmentName, LocalDate start,
		LocalDate end, RoadWork roadWork, List<Utility> utilities, ProtectionException exception) {

	/** The longest a window may last: a trench is not left open for years. */
	public static final int MAX_DAYS = 366;

	/**
	 * Reads the command, checking every field at once.
	 * @param exception the four fields of an approved exception (reference, approved by, approved on, reason), all
	 * null when none is claimed
	 * @throws InvalidInputException listing each broken rule by field
	 */
	public static OpenWindowCommand of(String projectId, String segmentCode, String segmentName, String startDate,
			String endDate, String roadWork, List<String> utilities, ExceptionFields exception) {
		FieldCheck check = new FieldCheck();
		ProjectId project = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		SegmentCode segment = check.parsed(() -> SegmentCode.parse(segmentCode, "segmentCode"));
		check.plainText(segmentName, "segmentName", 200);
		LocalDate start = Inputs.date(check, startDate, "startDate");
		LocalDate end = Inputs.date(check, endDate, "endDate");
		if (start != null && end != null) {
			check.require(!end.isBefore(start), "endDate", "ends on " + end + ", before it starts on " + start)
				.require(!end.isAfter(start.plusDays(MAX_DAYS - 1)), "endDate",
						"a window lasts at most " + MAX_DAYS + " days");
		}
		RoadWork work = roadWork == null ? RoadWork.REINSTATEMENT : check.choice(roadWork, "roadWork", RoadWork.class);
		List<Utility> read = Inputs.utilities(check, utilities, "utilities");
		ProtectionException approved = exception == null ? null : exception.read(check);
		check.throwIfAny();
		return new OpenWindowCommand(project, segment, segmentName.strip(), start, end, work, read, approved);
	}

	/** The fields of an approved exception, as given. */
	public record ExceptionFields(String approvalReference, String approvedBy, String approvedOn, String reason) {

		ProtectionException read(FieldCheck check) {
			check.plainText(approvalReference, "protectionException.approvalReference", 100)
				.plainText(approvedBy, "protectionException.approvedBy", 100)
				.plainText(reason, "protectionException.reason", Inputs.MAX_TEXT);
			LocalDate on = Inputs.date(check, approvedOn, "protectionException.approvedOn");
			if (!check.ok()) {
				return null;
			}
			return new ProtectionException(approvalReference.strip(), approvedBy.strip(), on, reason.strip());
		}

	}

}
