package cn.bjrenovation.housing.construction.domain;

import cn.bjrenovation.housing.project.domain.ProjectId;

/** The approved designs of projects, as planning published them: one per project, the latest scheme's. */
public interface ApprovedDesigns {

	/** Keeps the design unless a newer scheme of the project is kept already (events may come late or twice). */
	void keep(ApprovedDesign design);

	/** The project's design is no longer approved (planning returned it). */
	void forget(ProjectId project);

}
