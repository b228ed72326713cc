package cn.bjrenovation.housing.project.application;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads one project with its full history; one outside the caller's reach reads as not found. */
@Service
public class FindingProject {

	static final String OPERATION = "housing.project.read";

	private final VisibleProjects projects;

	FindingProject(VisibleProjects projects) {
		this.projects = projects;
	}

	@Transactional(readOnly = true)
	public RenovationProject find(Caller caller, ProjectId id) {
		return projects.require(caller, OPERATION, id);
	}

}
