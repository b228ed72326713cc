package cn.bjrenovation.housing.construction.messaging;

import java.util.List;

import cn.bjrenovation.finance.v1.FundingCommitted;
import cn.bjrenovation.finance.v1.FundingFacts;
import cn.bjrenovation.finance.v1.FundingPlanned;
import cn.bjrenovation.finance.v1.FundingVoided;
import cn.bjrenovation.housing.construction.application.HearingFunding;
import cn.bjrenovation.platform.envelope.EventEnvelopes;
import cn.bjrenovation.platform.events.InboundEvents;
import cn.bjrenovation.platform.events.InboundEvents.Subscription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads finance's funding facts (topic {@code finance.funding}, contract {@code finance.v1}, {@link FundingFacts}) for
 * the construction gate: {@code FundingCommitted} at stage POSTED — the government part is in place (a PENDING hold
 * is not yet); {@code FundingVoided} — it is not any more; {@code FundingPlanned} — for the renovation journey, a plan
 * drafted. Other types are skipped; each event applied once.
 */
@Component
class FinanceFundingListener {

	private final InboundEvents inbound;

	private final InboundEvents.Dispatch dispatch = new InboundEvents.Dispatch();

	FinanceFundingListener(InboundEvents inbound, HearingFunding funding) {
		this.inbound = inbound;
		dispatch.on(new Subscription<>(FundingFacts.FUNDING_COMMITTED, FundingFacts.SCHEMA_VERSION,
				FundingCommitted::parseFrom), (envelope, committed) -> {
					if (committed.getStage() == FundingCommitted.CommitmentStage.POSTED) {
						funding.committed(FactProjects.of(envelope, committed.getPlan().getProjectId()),
								EventEnvelopes.occurredAt(envelope));
					}
				});
		dispatch.on(new Subscription<>(FundingFacts.FUNDING_VOIDED, FundingFacts.SCHEMA_VERSION,
				FundingVoided::parseFrom),
				(envelope, voided) -> funding.voided(FactProjects.of(envelope, voided.getPlan().getProjectId()),
						EventEnvelopes.occurredAt(envelope)));
		dispatch.on(new Subscription<>(FundingFacts.FUNDING_PLANNED, FundingFacts.SCHEMA_VERSION,
				FundingPlanned::parseFrom),
				(envelope, planned) -> funding.planned(FactProjects.of(envelope, planned.getPlan().getProjectId()),
						EventEnvelopes.occurredAt(envelope)));
	}

	@KafkaListener(topics = FundingFacts.TOPIC)
	void on(List<ConsumerRecord<String, byte[]>> records) {
		inbound.handle(records, dispatch);
	}

}
