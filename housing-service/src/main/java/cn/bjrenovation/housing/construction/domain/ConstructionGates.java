package cn.bjrenovation.housing.construction.domain;

import cn.bjrenovation.housing.project.domain.ProjectId;

/** The construction gates of the projects, as housing heard the departments' facts. */
public interface ConstructionGates {

	/** The project's gate; a closed one when nothing has been heard yet. */
	ConstructionGate of(ProjectId project);

	/** Stores the gate as it is now. */
	void save(ConstructionGate gate);

}
