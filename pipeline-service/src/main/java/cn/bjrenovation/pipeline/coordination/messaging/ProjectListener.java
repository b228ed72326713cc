package cn.bjrenovation.pipeline.coordination.messaging;

import java.util.List;

import cn.bjrenovation.common.v1.EventEnvelope;
import java.time.Instant;

import cn.bjrenovation.housing.v1.AnnualPlanAdjusted;
import cn.bjrenovation.housing.v1.JointAcceptancePassed;
import cn.bjrenovation.housing.v1.ProjectFacts;
import cn.bjrenovation.housing.v1.ProjectWithdrawn;
import cn.bjrenovation.pipeline.coordination.application.RecordingJointAcceptance;
import cn.bjrenovation.pipeline.coordination.application.ReleasingPlan;
import cn.bjrenovation.pipeline.coordination.domain.JointAcceptance;
import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import cn.bjrenovation.platform.events.InboundEvents;
import cn.bjrenovation.platform.events.InboundEvents.Subscription;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads housing's project facts (topic {@code housing.project}, contract {@code housing.v1}, {@link ProjectFacts}) that
 * end a project's coordination: a withdrawal, or a plan adjustment that took the project out of the year's plan
 * (动态调整, plan §四(二)). Either releases its windows. An adjustment that added a project changes nothing here (it
 * has no approved design yet). It also keeps the joint acceptance ({@code JointAcceptancePassed}, 联合验收) the handover
 * of the networks waits for. Other types are skipped. Each record's envelope is parsed once.
 */
@Component
class ProjectListener {

	private final InboundEvents inbound;

	private final InboundEvents.Dispatch dispatch = new InboundEvents.Dispatch();

	ProjectListener(InboundEvents inbound, ReleasingPlan releasing, RecordingJointAcceptance accepting) {
		this.inbound = inbound;
		dispatch.on(new Subscription<>(ProjectFacts.PROJECT_WITHDRAWN, ProjectFacts.SCHEMA_VERSION,
				ProjectWithdrawn::parseFrom),
				(envelope, withdrawn) -> releasing.release(projectId(envelope, withdrawn.getProject().getProjectId()),
						DesignListener.reasons("housing: the project was withdrawn",
								withdrawn.getTransition().getReasonsList())));
		dispatch.on(new Subscription<>(ProjectFacts.ANNUAL_PLAN_ADJUSTED, ProjectFacts.SCHEMA_VERSION,
				AnnualPlanAdjusted::parseFrom), (envelope, adjusted) -> {
					if (adjusted.getChange() == AnnualPlanAdjusted.PlanChange.REMOVED) {
						releasing.release(projectId(envelope, adjusted.getProject().getProjectId()),
								DesignListener.reasons("housing: the project left the plan of " + adjusted.getYear(),
										adjusted.getTransition().getReasonsList()));
					}
				});
		dispatch.on(new Subscription<>(ProjectFacts.JOINT_ACCEPTANCE_PASSED, ProjectFacts.SCHEMA_VERSION,
				JointAcceptancePassed::parseFrom),
				(envelope, passed) -> accepting.record(new JointAcceptance(
						projectId(envelope, passed.getProject().getProjectId()), envelope.getEventId(),
						passed.getTransition().hasAt()
								? Instant.ofEpochSecond(passed.getTransition().getAt().getSeconds(),
										passed.getTransition().getAt().getNanos())
								: Instant.ofEpochSecond(envelope.getOccurredAt().getSeconds(),
										envelope.getOccurredAt().getNanos()))));
	}

	@KafkaListener(topics = ProjectFacts.TOPIC)
	void on(List<ConsumerRecord<String, byte[]>> records) {
		inbound.handle(records, dispatch);
	}

	private static ProjectId projectId(EventEnvelope envelope, String text) {
		try {
			return ProjectId.parse(text, "project.project_id");
		}
		catch (InvalidInputException ex) {
			throw new MalformedEventException(envelope.getType() + " " + envelope.getEventId() + ": " + ex.getMessage());
		}
	}

}
