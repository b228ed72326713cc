package cn.bjrenovation.housing.longterm.application;

import cn.bjrenovation.housing.longterm.domain.LongTermManagement;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where a project stands on the way to long-term management: its trial, contract and maintenance fund. */
@Service
public class FindingLongTerm {

	static final String OPERATION = "housing.trial.read";

	private final Projects projects;

	private final LongTermManagement management;

	private final DutyPolicy policy;

	FindingLongTerm(Projects projects, LongTermManagement management, DutyPolicy policy) {
		this.projects = projects;
		this.management = management;
		this.policy = policy;
	}

	/** @throws NotFoundException when the project is unknown or outside the caller's reach */
	@Transactional(readOnly = true)
	public LongTermView find(Caller caller, ProjectId id) {
		Reach reach = policy.reach(caller, OPERATION);
		RenovationProject project = projects.find(id).orElseThrow(() -> new NotFoundException("project", id));
		reach.requireVisible(project.place(reach), "project", id);
		return new LongTermView(project.status(), management.latestTrial(id).orElse(null),
				management.contract(id).orElse(null),
				management.fundRaisedSince(project.communityId(), project.appliedAt()));
	}

}
