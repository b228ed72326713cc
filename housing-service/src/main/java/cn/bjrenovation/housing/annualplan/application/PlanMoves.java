package cn.bjrenovation.housing.annualplan.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import cn.bjrenovation.housing.annualplan.domain.FiscalCapacities;
import cn.bjrenovation.housing.annualplan.domain.PlanRules;
import cn.bjrenovation.housing.project.domain.Actor;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.ProjectMoved;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a plan's compilation or adjustment does to its projects, in the plan's transaction: reads them all at once
 * (404 naming the ids that do not exist), moves each through its own aggregate ({@code ProjectAction}'s plan rows: one
 * transition each), stores all the moves over the versions they were read at (409 when someone moved one meanwhile,
 * and nothing is kept), and hands each project's fact to the outbox — {@code ProjectPlanned} or
 * {@code AnnualPlanAdjusted} on {@code housing.project}, keyed by project. Also what every change of a plan checks
 * against (the rules as set, finance's fiscal capacity) and records (one audit record for the plan).
 */
@Component
class PlanMoves {

	private final Projects projects;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final FiscalCapacities finance;

	private final AnnualPlanSettings settings;

	private final AuditTrail audit;

	PlanMoves(Projects projects, ApplicationEventPublisher events, Clock clock, FiscalCapacities finance,
			AnnualPlanSettings settings, AuditTrail audit) {
		this.projects = projects;
		this.events = events;
		this.clock = clock;
		this.finance = finance;
		this.settings = settings;
		this.audit = audit;
	}

	/** The plan's rules as the settings have them. */
	PlanRules rules() {
		return settings.rules();
	}

	/** finance-service's fiscal capacity, over gRPC (deadline, retry, circuit breaker). */
	FiscalCapacities finance() {
		return finance;
	}

	/** One audit record for the change of the year's plan, in its transaction. */
	void audited(String operation, int year, String outcome) {
		audit.changed(operation, "annual-plan " + year, outcome);
	}

	/** Now, in microseconds: what PostgreSQL keeps, so an answer equals what a later read returns. */
	Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	static Actor actor(Caller caller) {
		return new Actor(caller.subject(), caller.role().name(), caller.scopeTerm());
	}

	/**
	 * The projects, in the order of the ids.
	 * @throws NotFoundException naming every id that is no project
	 */
	List<RenovationProject> requireAll(List<ProjectId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<ProjectId, RenovationProject> found = new HashMap<>();
		projects.findAll(ids).forEach(project -> found.put(project.id(), project));
		List<String> missing = ids.stream().filter(id -> !found.containsKey(id)).map(ProjectId::toString).toList();
		if (!missing.isEmpty()) {
			throw new NotFoundException("project", String.join(", ", missing));
		}
		return ids.stream().map(found::get).toList();
	}

	/** Moves each project, stores the moves and publishes one fact per project. */
	void move(List<RenovationProject> current, UnaryOperator<RenovationProject> move) {
		Map<ProjectId, Integer> versions = new HashMap<>();
		current.forEach(project -> versions.put(project.id(), project.version()));
		List<RenovationProject> moved = current.stream().map(move).toList();
		if (!projects.replaceAll(moved, versions)) {
			throw new ConflictException("a project of the plan was changed by someone else meanwhile; read them again");
		}
		moved.forEach(project -> events.publishEvent(new ProjectMoved(EventMetadata.capture(), project)));
	}

}
