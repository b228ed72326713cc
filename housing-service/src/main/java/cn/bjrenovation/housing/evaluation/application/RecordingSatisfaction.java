package cn.bjrenovation.housing.evaluation.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import cn.bjrenovation.housing.evaluation.domain.Evaluations;
import cn.bjrenovation.housing.evaluation.domain.SatisfactionSurvey;
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

/** The district records a residents' satisfaction survey of a project of its district (plan §四(三)). */
@Service
public class RecordingSatisfaction {

	static final String OPERATION = "housing.satisfaction.record";

	/** The statuses in which a project's residents are surveyed: its works are done. */
	static final Set<ProjectStatus> SURVEYED_IN = EnumSet.of(ProjectStatus.CONSTRUCTION_COMPLETED,
			ProjectStatus.ACCEPTED, ProjectStatus.LONG_TERM_MANAGED);

	private final Projects projects;

	private final Evaluations evaluations;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	RecordingSatisfaction(Projects projects, Evaluations evaluations, DutyPolicy policy, AuditTrail audit,
			Clock clock) {
		this.projects = projects;
		this.evaluations = evaluations;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws NotFoundException when the project is unknown or outside the caller's reach
	 * @throws ConflictException when its construction is not completed (naming its status)
	 */
	@Transactional
	public SatisfactionSurvey record(Caller caller, RecordSatisfactionCommand command) {
		Reach reach = policy.reach(caller, OPERATION);
		RenovationProject project = projects.find(command.projectId())
			.orElseThrow(() -> new NotFoundException("project", command.projectId()));
		reach.requireVisible(project.place(reach), "project", command.projectId());
		if (!SURVEYED_IN.contains(project.status())) {
			throw new ConflictException("project " + project.id() + " is " + project.status()
					+ ": residents rate a renovation once construction is completed (CONSTRUCTION_COMPLETED or later)");
		}
		SatisfactionSurvey survey = new SatisfactionSurvey(UUID.randomUUID(), project.id(), command.surveyedOn(),
				command.participants(), command.score(), caller.subject(),
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		evaluations.add(survey);
		audit.changed(OPERATION, project.id(), "satisfaction " + command.score().toPlainString() + " of 100 from "
				+ command.participants() + " residents on " + command.surveyedOn());
		return survey;
	}

}
