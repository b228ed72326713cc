package cn.bjrenovation.housing.construction.messaging;

import cn.bjrenovation.housing.construction.application.HearingDesign;
import cn.bjrenovation.planning.v1.DesignFacts;
import cn.bjrenovation.planning.v1.DesignReturned;
import cn.bjrenovation.platform.envelope.EventEnvelopes;
import cn.bjrenovation.platform.events.InboundEvents;
import cn.bjrenovation.platform.events.InboundEvents.Subscription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads planning's design facts (topic {@code planning.design}, contract {@code planning.v1}, {@link DesignFacts}) for
 * the construction gate: {@code DesignApproved} — the design is approved, with or without pipeline items (those
 * touching a utility network); {@code DesignReturned} — it is not. Other types are skipped. Each record is parsed
 * once and applied once per event id; one that names no project is dead-lettered.
 */
@Component
class PlanningDesignListener {

	private final InboundEvents inbound;

	private final InboundEvents.Dispatch dispatch = new InboundEvents.Dispatch();

	PlanningDesignListener(InboundEvents inbound, HearingDesign design) {
		this.inbound = inbound;
		dispatch.on(new Subscription<>(DesignFacts.DESIGN_APPROVED, DesignFacts.SCHEMA_VERSION, DesignFacts::approved),
				(envelope, approved) -> design.approved(
						FactProjects.of(envelope, approved.getProject().getProjectId()), approved.getSchemeVersion(),
						!DesignFacts.pipelineItems(approved).isEmpty(), EventEnvelopes.occurredAt(envelope)));
		dispatch.on(new Subscription<>(DesignFacts.DESIGN_RETURNED, DesignFacts.SCHEMA_VERSION,
				DesignReturned::parseFrom),
				(envelope, returned) -> design.returned(FactProjects.of(envelope, returned.getProject().getProjectId()),
						EventEnvelopes.occurredAt(envelope)));
	}

	@KafkaListener(topics = DesignFacts.TOPIC)
	void on(ConsumerRecord<String, byte[]> record) {
		inbound.handle(record, dispatch);
	}

}
