package cn.bjrenovation.finance.funding.messaging;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.finance.funding.application.VoidingFunding;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.housing.v1.AnnualPlanAdjusted;
import cn.bjrenovation.housing.v1.ProjectFacts;
import cn.bjrenovation.housing.v1.ProjectSnapshot;
import cn.bjrenovation.housing.v1.ProjectWithdrawn;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import cn.bjrenovation.platform.events.InboundEvents;
import cn.bjrenovation.platform.events.InboundEvents.Subscription;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Voids a project's funding when housing takes it out of the year's plan ({@code AnnualPlanAdjusted} REMOVED, plan
 * §四(二) 动态调整) or it is withdrawn ({@code ProjectWithdrawn}) — topic {@code housing.project}, contract
 * {@code housing.v1}: one dispatch, each envelope parsed once, each event handled once; other types skipped.
 */
@Component
class HousingProjectListener {

	private final InboundEvents inbound;

	private final InboundEvents.Dispatch dispatch = new InboundEvents.Dispatch();

	HousingProjectListener(InboundEvents inbound, VoidingFunding voiding) {
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
							"ProjectWithdrawn " + envelope.getEventId(), withdrawn.getTransition().getReasonsList()));
	}

	@KafkaListener(topics = ProjectFacts.TOPIC)
	void on(ConsumerRecord<String, byte[]> record) {
		inbound.handle(record, dispatch);
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
