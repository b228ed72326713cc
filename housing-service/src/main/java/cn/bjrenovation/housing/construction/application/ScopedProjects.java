package cn.bjrenovation.housing.construction.application;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A project as one of this feature's operations may touch it: the policy's reach decides, and a project outside it
 * reads exactly like an unknown id (404), so ids outside one's scope cannot be probed.
 */
@Component
class ScopedProjects {

	private final Projects projects;

	private final DutyPolicy policy;

	ScopedProjects(Projects projects, DutyPolicy policy) {
		this.projects = projects;
		this.policy = policy;
	}

	RenovationProject require(Caller caller, String operation, ProjectId id) {
		Reach reach = policy.reach(caller, operation);
		RenovationProject project = projects.find(id).orElseThrow(() -> new NotFoundException("project", id));
		reach.requireVisible(project.place(reach), "project", id);
		return project;
	}

}
