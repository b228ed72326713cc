package cn.bjrenovation.finance.funding.messaging;

import cn.bjrenovation.finance.funding.domain.FundingFact;
import cn.bjrenovation.finance.funding.grpc.FundingMessages;
import cn.bjrenovation.finance.v1.DisbursementRefused;
import cn.bjrenovation.finance.v1.FundingCommitted;
import cn.bjrenovation.finance.v1.FundingFacts;
import cn.bjrenovation.finance.v1.FundingPlanned;
import cn.bjrenovation.finance.v1.FundingReturnedToDraft;
import cn.bjrenovation.finance.v1.FundingVoided;
import cn.bjrenovation.finance.v1.TrancheDisbursed;
import cn.bjrenovation.platform.events.EventRoutes;
import cn.bjrenovation.platform.events.OutboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The facts of the funding feature on {@code finance.funding} (contract {@code finance.v1}, {@link FundingFacts}),
 * keyed by project id, each mapped explicitly to its payload. The platform gathers every feature's {@link EventRoutes}
 * into finance's one outbox.
 */
@Configuration(proxyBeanMethods = false)
class FundingEventsConfiguration {

	static OutboundEvents routes(OutboundEvents events) {
		return events
			.publish(FundingFact.Planned.class, FundingFacts.TOPIC, FundingFacts.SCHEMA_VERSION,
					fact -> FundingPlanned.newBuilder().setPlan(FundingMessages.plan(fact.plan(), fact.disbursedFen())).build())
			.publish(FundingFact.Committed.class, FundingFacts.TOPIC, FundingFacts.SCHEMA_VERSION,
					fact -> FundingCommitted.newBuilder()
						.setPlan(FundingMessages.plan(fact.plan(), fact.disbursedFen()))
						.setStage(fact.posted() ? FundingCommitted.CommitmentStage.POSTED
								: FundingCommitted.CommitmentStage.PENDING)
						.setCommittedBy(fact.by())
						.setCommittedAt(FundingMessages.timestamp(fact.at()))
						.build())
			.publish(FundingFact.Disbursed.class, FundingFacts.TOPIC, FundingFacts.SCHEMA_VERSION,
					fact -> TrancheDisbursed.newBuilder()
						.setPlan(FundingMessages.plan(fact.plan(), fact.disbursedFen()))
						.setMilestone(FundingMessages.milestone(fact.tranche().milestone()))
						.setAmountFen(fact.tranche().amountFen())
						.setSourceEventId(fact.tranche().sourceEventId())
						.setEvidence(fact.tranche().evidence())
						.setDisbursedBy(fact.tranche().disbursedBy())
						.setDisbursedAt(FundingMessages.timestamp(fact.tranche().disbursedAt()))
						.build())
			.publish(FundingFact.Refused.class, FundingFacts.TOPIC, FundingFacts.SCHEMA_VERSION,
					fact -> DisbursementRefused.newBuilder()
						.setPlan(FundingMessages.plan(fact.plan(), fact.disbursedFen()))
						.setMilestone(FundingMessages.milestone(fact.exception().milestone()))
						.setRequestedFen(fact.exception().requestedFen())
						.setRemainingFen(fact.exception().remainingFen())
						.setReason(fact.exception().reason())
						.setSourceEventId(fact.exception().sourceEventId())
						.setRefusedAt(FundingMessages.timestamp(fact.exception().recordedAt()))
						.build())
			.publish(FundingFact.Voided.class, FundingFacts.TOPIC, FundingFacts.SCHEMA_VERSION,
					fact -> FundingVoided.newBuilder()
						.setPlan(FundingMessages.plan(fact.plan(), fact.disbursedFen()))
						.setReleasedFen(fact.releasedFen())
						.addAllReasons(fact.reasons())
						.setVoidedAt(FundingMessages.timestamp(fact.at()))
						.build())
			.publish(FundingFact.ReturnedToDraft.class, FundingFacts.TOPIC, FundingFacts.SCHEMA_VERSION,
					fact -> FundingReturnedToDraft.newBuilder()
						.setPlan(FundingMessages.plan(fact.plan(), fact.disbursedFen()))
						.setReturnedSchemeVersion(fact.returnedSchemeVersion())
						.setReleasedFen(fact.releasedFen())
						.addAllReasons(fact.reasons())
						.setSourceEventId(fact.sourceEventId())
						.setReturnedAt(FundingMessages.timestamp(fact.at()))
						.build());
	}

	@Bean
	static EventRoutes fundingEventRoutes() {
		return FundingEventsConfiguration::routes;
	}

}
