package cn.bjrenovation.housing.acceptance.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.housing.acceptance.domain.JointAcceptance;
import cn.bjrenovation.housing.acceptance.domain.JointAcceptances;
import cn.bjrenovation.housing.project.domain.PipelineWorks;
import cn.bjrenovation.housing.project.domain.ProjectStatus;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 联合验收 (plan §三(七)): the district opens the joint acceptance of a project of its district whose construction is
 * completed; the parties are fixed then — the builder, the property company, the owners, the street, and the operator
 * of each utility with pipeline works on the project (as pipeline-service said).
 */
@Service
public class OpeningAcceptance {

	static final String OPERATION = "housing.acceptance.open";

	private final Projects projects;

	private final PipelineWorks works;

	private final JointAcceptances acceptances;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	OpeningAcceptance(Projects projects, PipelineWorks works, JointAcceptances acceptances, DutyPolicy policy,
			AuditTrail audit, Clock clock) {
		this.projects = projects;
		this.works = works;
		this.acceptances = acceptances;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws NotFoundException when there is no such project, or none in the caller's reach
	 * @throws ConflictException when construction is not completed (naming the status), or an acceptance is open already
	 */
	@Transactional
	public JointAcceptance open(Caller caller, OpenAcceptanceCommand command) {
		Reach reach = policy.reach(caller, OPERATION);
		RenovationProject project = projects.find(command.projectId())
			.orElseThrow(() -> new NotFoundException("project", command.projectId()));
		reach.requireVisible(project.place(reach), "project", command.projectId());
		if (project.status() != ProjectStatus.CONSTRUCTION_COMPLETED) {
			throw new ConflictException("project " + project.id() + " is " + project.status()
					+ ": a joint acceptance opens only once construction is completed (CONSTRUCTION_COMPLETED)");
		}
		JointAcceptance opened = JointAcceptance.open(project.id(), works.of(project.id()).keySet(),
				command.openedOn(), command.note(), caller.subject(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		acceptances.add(opened);
		audit.changed(OPERATION, project.id(), "joint acceptance opened on " + command.openedOn() + ", parties "
				+ String.join(", ", opened.missing()));
		return opened;
	}

}
