package cn.bjrenovation.pipeline.coordination.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import cn.bjrenovation.pipeline.utility.domain.Utility;

/**
 * An operator's report of its works on one window's segment, kept as given.
 *
 * @param on the day the stage was reached
 * @param note may be empty
 * @param reportedBy token subject of the operator's official
 */
public record WorksReport(UUID id, WindowId windowId, ProjectId projectId, Utility utility, WorksStage stage,
		LocalDate on, String note, String reportedBy, Instant reportedAt) {

	public WorksReport {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(windowId, "windowId");
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(utility, "utility");
		Objects.requireNonNull(stage, "stage");
		Objects.requireNonNull(on, "on");
		Objects.requireNonNull(reportedBy, "reportedBy");
		Objects.requireNonNull(reportedAt, "reportedAt");
		note = note == null ? "" : note;
	}

}
