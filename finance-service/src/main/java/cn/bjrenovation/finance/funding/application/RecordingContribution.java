package cn.bjrenovation.finance.funding.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import cn.bjrenovation.finance.funding.domain.Contribution;
import cn.bjrenovation.finance.funding.domain.Contributions;
import cn.bjrenovation.finance.funding.domain.FundingPlan;
import cn.bjrenovation.finance.funding.domain.FundingPlans;
import cn.bjrenovation.finance.funding.domain.FundingStatus;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.NotFoundException;

/**
 * Records what a party outside the budget lines puts into a project's funding plan. One instance per kind and duty:
 * {@link RecordingFixedAssetFunding} (DRC) and {@link RecordingProvidentFundWithdrawal} (HPF).
 */
abstract class RecordingContribution {

	private final Contribution.Kind kind;

	private final String operation;

	private final FundingPlans plans;

	private final Contributions contributions;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	RecordingContribution(Contribution.Kind kind, String operation, FundingPlans plans, Contributions contributions,
			DutyPolicy policy, AuditTrail audit, Clock clock) {
		this.kind = kind;
		this.operation = operation;
		this.plans = plans;
		this.contributions = contributions;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws NotFoundException when the project has no plan or it lies outside the caller's reach
	 * @throws ConflictException when the plan is voided
	 */
	Contribution recordFor(Caller caller, RecordContributionCommand command) {
		FundingPlan plan = plans.find(command.project())
			.orElseThrow(() -> new NotFoundException("funding plan", command.project()));
		policy.reach(caller, operation).requireVisible(plan.project().place(), "funding plan", command.project());
		if (plan.status() == FundingStatus.VOIDED) {
			throw new ConflictException("the funding plan of project " + command.project() + " is VOIDED");
		}
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		Contribution contribution = new Contribution(UUID.randomUUID(), command.project(), kind, command.amountFen(),
				command.items(), command.households(), command.reference(), caller.subject(), now);
		contributions.add(contribution);
		audit.changed(operation, command.project(), kind + " of " + command.amountFen() + " fen ("
				+ command.reference() + "), contribution " + contribution.id());
		return contribution;
	}

}
