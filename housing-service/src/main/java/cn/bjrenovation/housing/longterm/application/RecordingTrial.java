package cn.bjrenovation.housing.longterm.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.housing.longterm.domain.LongTermManagement;
import cn.bjrenovation.housing.longterm.domain.PropertyTrial;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 先尝后买 (A1-11): the street, which organises the owners' choice, records the pre-selected property company serving a
 * trial without contract or fee on a project of its street (see {@link PropertyTrial} for when).
 */
@Service
public class RecordingTrial {

	static final String OPERATION = "housing.trial.record";

	private final Projects projects;

	private final LongTermManagement management;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	RecordingTrial(Projects projects, LongTermManagement management, DutyPolicy policy, AuditTrail audit,
			Clock clock) {
		this.projects = projects;
		this.management = management;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws NotFoundException when the project is unknown or outside the caller's reach
	 * @throws cn.bjrenovation.platform.problems.ConflictException when the project is in no trial status, or has a trial
	 * serving or contracted
	 */
	@Transactional
	public PropertyTrial record(Caller caller, RecordTrialCommand command) {
		Reach reach = policy.reach(caller, OPERATION);
		RenovationProject project = projects.find(command.projectId())
			.orElseThrow(() -> new NotFoundException("project", command.projectId()));
		reach.requireVisible(project.place(reach), "project", command.projectId());
		PropertyTrial trial = PropertyTrial.start(project.id(), project.status(), command.propertyCompany(),
				command.startsOn(), command.endsOn(), caller.subject(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		management.addTrial(trial);
		audit.changed(OPERATION, project.id(), "try-before-buy trial of " + command.propertyCompany() + " from "
				+ command.startsOn() + " to " + command.endsOn());
		return trial;
	}

}
