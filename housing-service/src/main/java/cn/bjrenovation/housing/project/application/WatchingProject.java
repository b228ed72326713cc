package cn.bjrenovation.housing.project.application;

import java.util.List;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.housing.project.domain.Transition;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows one project's transitions for a department system: the project is checked against the caller's reach once,
 * when the watch starts (404 outside, as a read); then its transitions are read as they are recorded.
 */
@Service
public class WatchingProject {

	static final String OPERATION = "housing.project.watch";

	private final VisibleProjects visible;

	private final Projects projects;

	WatchingProject(VisibleProjects visible, Projects projects) {
		this.visible = visible;
		this.projects = projects;
	}

	/** The project as the caller may watch it. */
	@Transactional(readOnly = true)
	public RenovationProject start(Caller caller, ProjectId id) {
		return visible.require(caller, OPERATION, id);
	}

	/** The transitions recorded after the one at {@code sequence}, in order. */
	@Transactional(readOnly = true)
	public List<Transition> after(ProjectId id, int sequence) {
		return projects.transitionsAfter(id, sequence);
	}

}
