package cn.bjrenovation.finance.funding.messaging;

import java.util.List;

import cn.bjrenovation.common.v1.EventEnvelope;
import java.time.Instant;

import cn.bjrenovation.finance.funding.application.DisbursingOnMilestone;
import cn.bjrenovation.finance.funding.application.VoidingFunding;
import cn.bjrenovation.finance.funding.domain.Milestone;
import cn.bjrenovation.finance.funding.domain.MilestoneProof;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.housing.v1.AnnualPlanAdjusted;
import cn.bjrenovation.housing.v1.ConstructionCompleted;
import cn.bjrenovation.housing.v1.ConstructionStarted;
import cn.bjrenovation.housing.v1.JointAcceptancePassed;
import cn.bjrenovation.housing.v1.ProjectFacts;
import cn.bjrenovation.housing.v1.ProjectSnapshot;
import cn.bjrenovation.housing.v1.ProjectTransition;
import cn.bjrenovation.housing.v1.ProjectWithdrawn;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import cn.bjrenovation.platform.events.InboundEvents;
import cn.bjrenovation.platform.events.InboundEvents.Subscription;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What finance does on housing's project facts — topic {@code housing.project}, contract {@code housing.v1}: one
 * dispatch, each envelope parsed once, each event handled once (by its event id); other types skipped. It voids a
 * project's funding when housing takes it out of the year's plan ({@code AnnualPlanAdjusted} REMOVED, plan §四(二)
 * 动态调整) or it is withdrawn ({@code ProjectWithdrawn}); and it pays the milestone tranches the construction stage
 * proves: {@code ConstructionStarted} (开工), {@code ConstructionCompleted} (完工), {@code JointAcceptancePassed} (联合验收).
 */
@Component
class HousingProjectListener {

	private final InboundEvents inbound;

	private final InboundEvents.Dispatch dispatch = new InboundEvents.Dispatch();

	HousingProjectListener(InboundEvents inbound, VoidingFunding voiding, DisbursingOnMilestone disbursing) {
		this.inbound = inbound;
		dispatch
			.on(new Subscription<>(ProjectFacts.ANNUAL_PLAN_ADJUSTED, ProjectFacts.SCHEMA_VERSION,
					AnnualPlanAdjusted::parseFrom), (envelope, adjusted) -> {
						if (adjusted.getChange() == AnnualPlanAdjusted.PlanChange.REMOVED) {
							voiding.voidFor(project(envelope, adjusted.getProject()),
									"AnnualPlanAdjusted " + envelope.getEventId(),
									adjusted.getTransition().getReasonsList());
						}
					})
			.on(new Subscription<>(ProjectFacts.PROJECT_WITHDRAWN, ProjectFacts.SCHEMA_VERSION,
					ProjectWithdrawn::parseFrom),
					(envelope, withdrawn) -> voiding.voidFor(project(envelope, withdrawn.getProject()),
							"ProjectWithdrawn " + envelope.getEventId(), withdrawn.getTransition().getReasonsList()))
			.on(new Subscription<>(ProjectFacts.CONSTRUCTION_STARTED, ProjectFacts.SCHEMA_VERSION,
					ConstructionStarted::parseFrom),
					(envelope, started) -> proved(disbursing, envelope, Milestone.CONSTRUCTION_START,
							started.getProject(), started.getTransition()))
			.on(new Subscription<>(ProjectFacts.CONSTRUCTION_COMPLETED, ProjectFacts.SCHEMA_VERSION,
					ConstructionCompleted::parseFrom),
					(envelope, completed) -> proved(disbursing, envelope, Milestone.COMPLETION, completed.getProject(),
							completed.getTransition()))
			.on(new Subscription<>(ProjectFacts.JOINT_ACCEPTANCE_PASSED, ProjectFacts.SCHEMA_VERSION,
					JointAcceptancePassed::parseFrom),
					(envelope, passed) -> proved(disbursing, envelope, Milestone.JOINT_ACCEPTANCE, passed.getProject(),
							passed.getTransition()));
	}

	private static void proved(DisbursingOnMilestone disbursing, EventEnvelope envelope, Milestone milestone,
			ProjectSnapshot project, ProjectTransition transition) {
		Instant at = transition.hasAt()
				? Instant.ofEpochSecond(transition.getAt().getSeconds(), transition.getAt().getNanos())
				: Instant.ofEpochSecond(envelope.getOccurredAt().getSeconds(), envelope.getOccurredAt().getNanos());
		String evidence = envelope.getType() + " " + envelope.getEventId() + " on housing.project"
				+ (transition.getSubject().isEmpty() ? "" : ", recorded by " + transition.getSubject());
		disbursing.proved(new MilestoneProof(project(envelope, project), milestone, envelope.getEventId(),
				envelope.getType(), at), evidence.length() > 500 ? evidence.substring(0, 500) : evidence);
	}

	@KafkaListener(topics = ProjectFacts.TOPIC)
	void on(List<ConsumerRecord<String, byte[]>> records) {
		inbound.handle(records, dispatch);
	}

	private static ProjectId project(EventEnvelope envelope, ProjectSnapshot snapshot) {
		try {
			return ProjectId.parse(snapshot.getProjectId(), "project_id");
		}
		catch (InvalidInputException ex) {
			throw new MalformedEventException(envelope.getType() + " " + envelope.getEventId() + ": " + ex.getMessage());
		}
	}

}
