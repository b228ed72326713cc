package cn.bjrenovation.housing.construction.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.bjrenovation.housing.project.domain.ProjectId;

/**
 * The construction gate of one project (开工条件): a PLANNED project may start construction only when its design is
 * approved, its government funding committed and — if the approved design has pipeline items — its pipelines
 * coordinated. Housing learns each from the department that owns it, by its facts; this record is what it has heard,
 * each condition with the time it became true (null while it is not). Immutable: each fact answers a new gate.
 *
 * @param designHasPipelineItems the approved design touches a utility network, so coordination is required
 * @param start the recorded start of construction; null before
 */
public record ConstructionGate(ProjectId projectId, Instant designApprovedAt, boolean designHasPipelineItems,
		Integer designSchemeVersion, Instant fundingCommittedAt, Instant pipelinesCoordinatedAt,
		ConstructionStart start) {

	public ConstructionGate {
		Objects.requireNonNull(projectId, "projectId");
	}

	/** One condition as the gate reads it: whether it is met, whether it is required, and since when. */
	public record Condition(GateCondition condition, boolean met, boolean required, Instant since) {
	}

	/** A project nothing has been heard about yet: every condition missing. */
	public static ConstructionGate closed(ProjectId projectId) {
		return new ConstructionGate(projectId, null, false, null, null, null, null);
	}

	/** Planning approved the design (the latest approved version counts). */
	public ConstructionGate designApproved(int schemeVersion, boolean pipelineItems, Instant at) {
		return new ConstructionGate(projectId, at, pipelineItems, schemeVersion, fundingCommittedAt,
				pipelinesCoordinatedAt, start);
	}

	/** Planning returned the design: it is no longer approved. */
	public ConstructionGate designReturned() {
		return new ConstructionGate(projectId, null, designHasPipelineItems, designSchemeVersion, fundingCommittedAt,
				pipelinesCoordinatedAt, start);
	}

	public ConstructionGate fundingCommitted(Instant at) {
		return new ConstructionGate(projectId, designApprovedAt, designHasPipelineItems, designSchemeVersion, at,
				pipelinesCoordinatedAt, start);
	}

	public ConstructionGate fundingVoided() {
		return new ConstructionGate(projectId, designApprovedAt, designHasPipelineItems, designSchemeVersion, null,
				pipelinesCoordinatedAt, start);
	}

	public ConstructionGate pipelinesCoordinated(Instant at) {
		return new ConstructionGate(projectId, designApprovedAt, designHasPipelineItems, designSchemeVersion,
				fundingCommittedAt, at, start);
	}

	public ConstructionGate coordinationReleased() {
		return new ConstructionGate(projectId, designApprovedAt, designHasPipelineItems, designSchemeVersion,
				fundingCommittedAt, null, start);
	}

	/** The start as the district recorded it. */
	public ConstructionGate started(ConstructionStart recorded) {
		return new ConstructionGate(projectId, designApprovedAt, designHasPipelineItems, designSchemeVersion,
				fundingCommittedAt, pipelinesCoordinatedAt, recorded);
	}

	/** Coordination is required unless the approved design has no pipeline items. */
	public boolean pipelinesRequired() {
		return designApprovedAt == null || designHasPipelineItems;
	}

	/** Every condition, in the order of {@link GateCondition}. */
	public List<Condition> conditions() {
		return List.of(new Condition(GateCondition.DESIGN_APPROVED, designApprovedAt != null, true, designApprovedAt),
				new Condition(GateCondition.FUNDING_COMMITTED, fundingCommittedAt != null, true, fundingCommittedAt),
				new Condition(GateCondition.PIPELINES_COORDINATED, pipelinesCoordinatedAt != null, pipelinesRequired(),
						pipelinesCoordinatedAt));
	}

	/** The required conditions not met, in order. */
	public List<GateCondition> missing() {
		List<GateCondition> missing = new ArrayList<>();
		for (Condition condition : conditions()) {
			if (condition.required() && !condition.met()) {
				missing.add(condition.condition());
			}
		}
		return missing;
	}

	public boolean open() {
		return missing().isEmpty();
	}

	/**
	 * @throws ConstructionGateClosed naming every missing condition
	 */
	public void requireOpen() {
		List<GateCondition> missing = missing();
		if (!missing.isEmpty()) {
			throw new ConstructionGateClosed(projectId, missing);
		}
	}

	/**
	 * The start of construction (开工) as the district records it.
	 * @param builder the construction company (施工单位)
	 */
	public record ConstructionStart(LocalDate startedOn, String builder, String note) {
	}

}
