package cn.bjrenovation.housing.construction.domain;

import cn.bjrenovation.housing.project.domain.ProjectId;

/** The construction gates of the projects, as housing heard the departments' facts. */
public interface ConstructionGates {

	/** The project's gate; a closed one when nothing has been heard yet. */
	ConstructionGate of(ProjectId project);

	/**
	 * The project's gate, held for a change until the transaction ends: facts about one project arrive on three
	 * topics at once, and each must see the others' changes, never overwrite them.
	 */
	ConstructionGate lock(ProjectId project);

	/** Stores the gate as it is now. */
	void save(ConstructionGate gate);

}
