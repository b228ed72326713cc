package cn.bjrenovation.housing.project.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.ProjectMoved;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.housing.project.domain.Transition;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The steps every move of an existing project takes, in the mover's transaction: the project as the caller may touch
 * it under the operation (404 outside), the aggregate's move, the stored move over the version it was made from (409
 * when someone moved it meanwhile), its fact for the outbox and its audit record. A refused move changes nothing.
 */
@Component
class MovingProject {

	private final VisibleProjects visible;

	private final Projects projects;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	MovingProject(VisibleProjects visible, Projects projects, ApplicationEventPublisher events, AuditTrail audit,
			Clock clock) {
		this.visible = visible;
		this.projects = projects;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** Now, in microseconds: what PostgreSQL keeps, so an answer equals what a later read returns. */
	Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	RenovationProject move(Caller caller, String operation, ProjectId id, UnaryOperator<RenovationProject> move) {
		RenovationProject current = visible.require(caller, operation, id);
		RenovationProject moved = move.apply(current);
		if (!projects.replace(moved, current.version())) {
			throw new ConflictException("project " + id + " was changed by someone else meanwhile; read it again");
		}
		recorded(operation, moved);
		return moved;
	}

	/** Publishes the project's last transition and records it in the audit trail. */
	void recorded(String operation, RenovationProject project) {
		events.publishEvent(new ProjectMoved(EventMetadata.capture(), project));
		audit.changed(operation, project.id(), outcome(project));
	}

	/** As {@link #recorded(String, RenovationProject)}, off a request thread, audited as {@code caller}'s. */
	void recorded(Caller caller, String operation, RenovationProject project) {
		events.publishEvent(new ProjectMoved(EventMetadata.capture(), project));
		audit.changed(caller, operation, project.id(), outcome(project));
	}

	private static String outcome(RenovationProject project) {
		Transition last = project.last();
		return last.action() + ": " + (last.from() == null ? "" : last.from() + " → ")
				+ last.to() + (last.reasons().isEmpty() ? "" : ", " + last.reasons().size() + " reason(s)");
	}

}
