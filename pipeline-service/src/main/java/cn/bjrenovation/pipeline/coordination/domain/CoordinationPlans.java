package cn.bjrenovation.pipeline.coordination.domain;

import java.util.List;
import java.util.Optional;

/** Every project's coordination plan, with its history and the inspections of its works. */
public interface CoordinationPlans {

	Optional<CoordinationPlan> find(ProjectId id);

	/** As {@link #find}, locking the plan until the transaction ends, so moves of one plan apply one after another. */
	Optional<CoordinationPlan> lock(ProjectId id);

	/**
	 * Adds a drafted plan unless the project already has one.
	 * @return whether it was added
	 */
	boolean add(CoordinationPlan plan);

	/** Stores the plan after a move: its status, parts, handover, and the move's transition. */
	void update(CoordinationPlan plan);

	void addInspection(Inspection inspection);

	/** The plan's inspections, oldest first. */
	List<Inspection> inspections(ProjectId id);

}
