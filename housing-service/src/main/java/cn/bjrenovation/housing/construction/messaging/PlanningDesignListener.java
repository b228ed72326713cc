package cn.bjrenovation.housing.construction.messaging;

import java.util.List;

import java.time.Instant;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.construction.application.HearingDesign;
import cn.bjrenovation.housing.construction.domain.ApprovedDesign;
import cn.bjrenovation.housing.project.domain.ItemClass;
import cn.bjrenovation.planning.v1.ApprovedItem;
import cn.bjrenovation.planning.v1.DesignApproved;
import cn.bjrenovation.planning.v1.DesignFacts;
import cn.bjrenovation.planning.v1.DesignItem;
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
 * touching a utility network), with its items and total for the public notice; {@code DesignReturned} — it is not. Other types are skipped. Each record is parsed
 * once and applied once per event id; one that names no project is dead-lettered.
 */
@Component
class PlanningDesignListener {

	private final InboundEvents inbound;

	private final InboundEvents.Dispatch dispatch = new InboundEvents.Dispatch();

	PlanningDesignListener(InboundEvents inbound, HearingDesign design) {
		this.inbound = inbound;
		dispatch.on(new Subscription<>(DesignFacts.DESIGN_APPROVED, DesignFacts.SCHEMA_VERSION, DesignFacts::approved),
				(envelope, approved) -> design.approved(approvedDesign(envelope, approved),
						!DesignFacts.pipelineItems(approved).isEmpty(), EventEnvelopes.occurredAt(envelope)));
		dispatch.on(new Subscription<>(DesignFacts.DESIGN_RETURNED, DesignFacts.SCHEMA_VERSION,
				DesignReturned::parseFrom),
				(envelope, returned) -> design.returned(FactProjects.of(envelope, returned.getProject().getProjectId()),
						EventEnvelopes.occurredAt(envelope)));
	}

	/** The approved scheme's items (code, name, class) and total, without the items' own costs. */
	private static ApprovedDesign approvedDesign(EventEnvelope envelope, DesignApproved approved) {
		Instant at = approved.hasApprovedAt()
				? Instant.ofEpochSecond(approved.getApprovedAt().getSeconds(), approved.getApprovedAt().getNanos())
				: EventEnvelopes.occurredAt(envelope);
		return new ApprovedDesign(FactProjects.of(envelope, approved.getProject().getProjectId()),
				approved.getSchemeVersion(), approved.getTotalCostFen(), at,
				approved.getItemsList()
					.stream()
					.map(ApprovedItem::getItem)
					.map(item -> new ApprovedDesign.Item(item.getCatalogueCode(), item.getName(), itemClass(item)))
					.toList());
	}

	private static ItemClass itemClass(DesignItem item) {
		return switch (item.getItemClass()) {
			case BASIC -> ItemClass.BASIC;
			case COMPLETE -> ItemClass.COMPLETE;
			case UPGRADE -> ItemClass.UPGRADE;
			default -> null;
		};
	}

	@KafkaListener(topics = DesignFacts.TOPIC)
	void on(List<ConsumerRecord<String, byte[]>> records) {
		inbound.handle(records, dispatch);
	}

}
