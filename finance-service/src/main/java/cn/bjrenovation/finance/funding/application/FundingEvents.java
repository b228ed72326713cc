package cn.bjrenovation.finance.funding.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.finance.funding.domain.FundingPlan;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.finance.funding.domain.Tranche;
import cn.bjrenovation.finance.funding.domain.Tranches;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.Role;
import org.springframework.stereotype.Component;

/** What the funding use cases share: the moment (from the clock), the metadata of a fact, what was paid so far. */
@Component
class FundingEvents {

	private final Tranches tranches;

	private final Clock clock;

	FundingEvents(Tranches tranches, Clock clock) {
		this.tranches = tranches;
		this.clock = clock;
	}

	Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	EventMetadata metadata() {
		return new EventMetadata(java.util.UUID.randomUUID(), now(),
				cn.bjrenovation.platform.envelope.TraceContext.currentOrNew());
	}

	long disbursedFen(ProjectId project) {
		return tranches.of(project).stream().mapToLong(Tranche::amountFen).sum();
	}

	long disbursedFen(FundingPlan plan) {
		return disbursedFen(plan.project().id());
	}

	/** Finance acting on another service's fact, for the audit trail: the bureau's service, naming the fact. */
	static Caller onBehalfOf(String what) {
		return new Caller("finance-service (" + what + ")", Role.FINANCE, null, null, null, null);
	}

}
