package cn.bjrenovation.housing.acceptance.application;

import cn.bjrenovation.housing.acceptance.domain.JointAcceptance;
import cn.bjrenovation.housing.acceptance.domain.JointAcceptances;
import cn.bjrenovation.housing.project.domain.PipelineWorks;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a project's joint acceptance with every party's decision; one outside the caller's reach reads as absent. */
@Service
public class FindingAcceptance {

	static final String OPERATION = "housing.acceptance.read";

	private final Projects projects;

	private final PipelineWorks works;

	private final JointAcceptances acceptances;

	private final DutyPolicy policy;

	FindingAcceptance(Projects projects, PipelineWorks works, JointAcceptances acceptances, DutyPolicy policy) {
		this.projects = projects;
		this.works = works;
		this.acceptances = acceptances;
		this.policy = policy;
	}

	/** @throws NotFoundException when the project has no acceptance, or lies outside the caller's reach */
	@Transactional(readOnly = true)
	public JointAcceptance find(Caller caller, ProjectId id) {
		Reach reach = policy.reach(caller, OPERATION);
		RenovationProject project = projects.find(id).orElseThrow(() -> new NotFoundException("project", id));
		reach.requireVisible(AcceptancePlaces.acceptance(project, reach, works.of(id)), "project", id);
		return acceptances.find(id).orElseThrow(() -> new NotFoundException("joint acceptance of project", id));
	}

}
