package cn.bjrenovation.planning.design.application;

import java.util.List;
import java.util.Optional;

import cn.bjrenovation.planning.community.domain.RegisteredCommunities;
import cn.bjrenovation.planning.community.domain.RegisteredCommunity;
import cn.bjrenovation.planning.design.domain.Actor;
import cn.bjrenovation.planning.design.domain.DesignAction;
import cn.bjrenovation.planning.design.domain.DesignCase;
import cn.bjrenovation.planning.design.domain.DesignCaseMoved;
import cn.bjrenovation.planning.design.domain.DesignCases;
import cn.bjrenovation.planning.design.domain.DesignProject;
import cn.bjrenovation.planning.planner.application.ServingPlanners;
import cn.bjrenovation.planning.planner.domain.PlannerAssignment;
import cn.bjrenovation.platform.config.ServiceName;
import cn.bjrenovation.platform.envelope.EventMetadata;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps design cases in step with housing's projects: a project entering a year's plan opens its case for the
 * street's planner (or reopens a suspended one), one taken out of the plan suspends it, a withdrawn one closes it, and
 * one that passed joint acceptance (联合验收) makes an approved case ACCEPTED, so its effect evaluation may be recorded.
 * Runs in the consumer's transaction (the event is recorded as handled with it). Idempotent: a fact about a version of
 * the project the case has already followed, or one whose move the case has already made, changes nothing.
 */
@Service
public class FollowingPlannedProjects {

	private final DesignCases cases;

	private final RegisteredCommunities communities;

	private final ApplicationEventPublisher events;

	private final Actor service;

	private final ServingPlanners planners;

	FollowingPlannedProjects(DesignCases cases, RegisteredCommunities communities, ApplicationEventPublisher events,
			ServiceName name, ServingPlanners planners) {
		this.planners = planners;
		this.cases = cases;
		this.communities = communities;
		this.events = events;
		this.service = Actor.service(name.name());
	}

	@Transactional
	public void follow(ProjectFact fact) {
		DesignProject project = fact.project()
			.inHistoricDistrict(communities.find(fact.project().communityId())
				.map(RegisteredCommunity::historicDistrict)
				.orElse(false));
		Optional<DesignCase> existing = cases.find(project.id());
		if (existing.isPresent() && existing.get().project().projectVersion() >= project.projectVersion()) {
			return;
		}
		DesignCase after = switch (fact.kind()) {
			case PLANNED -> existing.map(found -> found.allows(DesignAction.REOPEN)
					? found.reopen(project, service, fact.at(), fact.reasons()) : null)
				.orElseGet(() -> existing.isEmpty() ? DesignCase.open(project, service, fact.at()) : null);
			case REMOVED_FROM_PLAN -> existing.filter(found -> found.allows(DesignAction.SUSPEND))
				.map(found -> found.suspend(project, service, fact.at(), fact.reasons()))
				.orElse(null);
			case WITHDRAWN -> existing.filter(found -> found.allows(DesignAction.CLOSE))
				.map(found -> found.close(project, service, fact.at(), fact.reasons()))
				.orElse(null);
			case ACCEPTED -> existing.filter(found -> found.allows(DesignAction.ACCEPT))
				.map(found -> found.accept(project, service, fact.at(), fact.reasons()))
				.orElse(null);
		};
		if (after == null) {
			return;
		}
		if (existing.isEmpty()) {
			cases.open(after);
		}
		else {
			cases.moved(existing.get(), after);
		}
		if (after.last().action().eventType() == null) {
			// a move planning publishes no fact for (the acceptance is housing's fact, not planning's)
			return;
		}
		Optional<PlannerAssignment> planner = planners.of(project.street());
		events.publishEvent(new DesignCaseMoved(EventMetadata.capture(), after, List.of(),
				planner.map(PlannerAssignment::plannerSubject).orElse(null),
				planner.map(PlannerAssignment::plannerName).orElse(null)));
	}

}
