package cn.bjrenovation.finance.socialcapital.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import cn.bjrenovation.finance.funding.domain.FundingPlan;
import cn.bjrenovation.finance.funding.domain.FundingPlans;
import cn.bjrenovation.finance.socialcapital.domain.Agreement;
import cn.bjrenovation.finance.socialcapital.domain.Agreements;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a social-capital agreement on a project with a funding plan (A2 发改委: 研究制定社会资本参与老旧小区改造的
 * 政策; A1-4 the Jinsong model; A1-10 微利可持续).
 */
@Service
public class RecordingSocialCapitalAgreement {

	static final String OPERATION = "finance.social-capital-agreement.record";

	private final Agreements agreements;

	private final FundingPlans plans;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	RecordingSocialCapitalAgreement(Agreements agreements, FundingPlans plans, DutyPolicy policy, AuditTrail audit,
			Clock clock) {
		this.agreements = agreements;
		this.plans = plans;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/** @throws NotFoundException when the project has no funding plan or lies outside the caller's reach */
	@Transactional
	public Agreement record(Caller caller, RecordAgreementCommand command) {
		FundingPlan plan = plans.find(command.project())
			.orElseThrow(() -> new NotFoundException("funding plan", command.project()));
		policy.reach(caller, OPERATION).requireVisible(plan.project().place(), "funding plan", command.project());
		Agreement agreement = new Agreement(UUID.randomUUID(), command.project().value(), command.party(),
				command.items(), command.amountFen(), command.terms(), command.termYears(),
				command.returnCapBasisPoints(), command.declaredIncomeFen(), caller.subject(),
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		agreements.add(agreement);
		audit.changed(OPERATION, agreement.id(), command.party() + " invests " + command.amountFen() + " fen in project "
				+ command.project());
		return agreement;
	}

}
