package cn.bjrenovation.housing.project.application;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A project as one operation may touch it: the duty policy's reach for the caller decides (a district its district's
 * projects, a street its street's, a community organisation its community's), and a project outside it is answered
 * exactly like an unknown id, so ids outside one's scope cannot be probed.
 */
@Component
class VisibleProjects {

	static final String WHAT = "project";

	private final Projects projects;

	private final DutyPolicy policy;

	VisibleProjects(Projects projects, DutyPolicy policy) {
		this.projects = projects;
		this.policy = policy;
	}

	/** @throws NotFoundException when there is no such project, or none the caller may touch under the operation */
	RenovationProject require(Caller caller, String operation, ProjectId id) {
		Reach reach = policy.reach(caller, operation);
		RenovationProject project = projects.find(id).orElseThrow(() -> new NotFoundException(WHAT, id));
		reach.requireVisible(project.place(reach), WHAT, id);
		return project;
	}

}
