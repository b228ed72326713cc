package cn.bjrenovation.planning.design.messaging;

import java.util.List;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.v1.AnnualPlanAdjusted;
import cn.bjrenovation.housing.v1.JointAcceptancePassed;
import cn.bjrenovation.housing.v1.ProjectFacts;
import cn.bjrenovation.housing.v1.ProjectPlanned;
import cn.bjrenovation.housing.v1.ProjectSnapshot;
import cn.bjrenovation.housing.v1.ProjectTransition;
import cn.bjrenovation.housing.v1.ProjectWithdrawn;
import cn.bjrenovation.planning.design.application.FollowingPlannedProjects;
import cn.bjrenovation.planning.design.application.ProjectFact;
import cn.bjrenovation.planning.design.domain.DesignProject;
import cn.bjrenovation.planning.design.domain.ProjectId;
import cn.bjrenovation.platform.envelope.EventEnvelopes;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import cn.bjrenovation.platform.events.InboundEvents;
import cn.bjrenovation.platform.events.InboundEvents.Subscription;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Follows housing's renovation projects (topic {@code housing.project}, contract {@code housing.v1},
 * {@link ProjectFacts}) into design cases: {@code ProjectPlanned} and an {@code AnnualPlanAdjusted} that adds a project
 * open its case, one that removes it suspends the case, {@code ProjectWithdrawn} closes it,
 * {@code JointAcceptancePassed} makes an approved case ACCEPTED (the effect evaluation may follow). Every other type
 * (applications, reviews, the reserve pool) is skipped, neither recorded as consumed nor dead-lettered. Each record is
 * parsed once; one that can never describe a project goes to {@code housing.project.DLT}.
 */
@Component
class HousingProjectListener {

	private final InboundEvents inbound;

	private final InboundEvents.Dispatch dispatch = new InboundEvents.Dispatch();

	HousingProjectListener(InboundEvents inbound, FollowingPlannedProjects following) {
		this.inbound = inbound;
		dispatch.on(new Subscription<>(ProjectFacts.PROJECT_PLANNED, ProjectFacts.SCHEMA_VERSION, ProjectPlanned::parseFrom),
				(envelope, planned) -> following.follow(fact(envelope, ProjectFact.Kind.PLANNED, planned.getProject(),
						planned.getTransition(), planned.getYear())));
		dispatch.on(new Subscription<>(ProjectFacts.ANNUAL_PLAN_ADJUSTED, ProjectFacts.SCHEMA_VERSION,
				AnnualPlanAdjusted::parseFrom), (envelope, adjusted) -> following.follow(fact(envelope,
						kind(envelope, adjusted.getChange()), adjusted.getProject(), adjusted.getTransition(),
						adjusted.getYear())));
		dispatch.on(new Subscription<>(ProjectFacts.PROJECT_WITHDRAWN, ProjectFacts.SCHEMA_VERSION,
				ProjectWithdrawn::parseFrom), (envelope, withdrawn) -> following.follow(fact(envelope,
						ProjectFact.Kind.WITHDRAWN, withdrawn.getProject(), withdrawn.getTransition(),
						withdrawn.getProject().getPlanYear())));
		dispatch.on(new Subscription<>(ProjectFacts.JOINT_ACCEPTANCE_PASSED, ProjectFacts.SCHEMA_VERSION,
				JointAcceptancePassed::parseFrom), (envelope, passed) -> following.follow(fact(envelope,
						ProjectFact.Kind.ACCEPTED, passed.getProject(), passed.getTransition(),
						passed.getProject().getPlanYear())));
	}

	@KafkaListener(topics = ProjectFacts.TOPIC)
	void on(List<ConsumerRecord<String, byte[]>> records) {
		inbound.handle(records, dispatch);
	}

	private static ProjectFact.Kind kind(EventEnvelope envelope, AnnualPlanAdjusted.PlanChange change) {
		return switch (change) {
			case ADDED -> ProjectFact.Kind.PLANNED;
			case REMOVED -> ProjectFact.Kind.REMOVED_FROM_PLAN;
			default -> throw new MalformedEventException(envelope.getType() + " " + envelope.getEventId()
					+ " says neither ADDED nor REMOVED but " + change);
		};
	}

	/**
	 * Reads the project of the fact into planning's own record; one that cannot be a planned project (a bad id or
	 * code, no plan year for a planning move) can never succeed, so it is not retried.
	 */
	private static ProjectFact fact(EventEnvelope envelope, ProjectFact.Kind kind, ProjectSnapshot project,
			ProjectTransition transition, int year) {
		try {
			if (kind == ProjectFact.Kind.PLANNED && (year < 2000 || year > 2100)) {
				throw new InvalidInputException("year", year + " is no plan year");
			}
			if (project.getCommunityName().isBlank() || project.getVersion() < 1) {
				throw new InvalidInputException("project", "no community name or no version");
			}
			// text no database column can hold (a NUL) is malformed, not a database error
			String communityName = EventEnvelopes.text(envelope, project.getCommunityName(), "community_name");
			List<String> reasons = transition.getReasonsList()
				.stream()
				.map(reason -> EventEnvelopes.text(envelope, reason, "transition.reasons"))
				.toList();
			DesignProject designed = new DesignProject(ProjectId.parse(project.getProjectId(), "project_id"),
					CommunityId.parse(project.getCommunityId(), "community_id"), communityName,
					DistrictCode.parse(project.getDistrictCode(), "district_code"),
					StreetCode.parse(project.getStreetCode(), "street_code"), year, false, project.getVersion());
			if (!designed.street().district().equals(designed.district())) {
				throw new InvalidInputException("street_code", "not a street of district " + designed.district());
			}
			return new ProjectFact(kind, designed, reasons,
					EventEnvelopes.occurredAt(envelope));
		}
		catch (InvalidInputException ex) {
			throw new MalformedEventException(envelope.getType() + " " + envelope.getEventId()
					+ " is not a valid project: " + ex.getMessage());
		}
	}

}
