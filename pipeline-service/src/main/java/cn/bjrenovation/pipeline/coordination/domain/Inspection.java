package cn.bjrenovation.pipeline.coordination.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A city-management inspection of a plan's works in one window (监督检查).
 *
 * @param inspector token subject of the inspecting official
 */
public record Inspection(UUID id, ProjectId projectId, WindowId windowId, LocalDate inspectedOn, boolean passed,
		String findings, String inspector, Instant recordedAt) {

	public Inspection {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(windowId, "windowId");
		Objects.requireNonNull(inspectedOn, "inspectedOn");
		Objects.requireNonNull(findings, "findings");
		Objects.requireNonNull(inspector, "inspector");
		Objects.requireNonNull(recordedAt, "recordedAt");
	}

}
