package cn.bjrenovation.finance.funding.application;

import java.time.Clock;

import cn.bjrenovation.finance.funding.domain.Contribution;
import cn.bjrenovation.finance.funding.domain.Contributions;
import cn.bjrenovation.finance.funding.domain.FundingPlans;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records residents' provident-fund withdrawals for a project (A2 公积金中心: 支持居民提取住房公积金用于老旧小区改造). */
@Service
public class RecordingProvidentFundWithdrawal extends RecordingContribution {

	static final String OPERATION = "finance.provident-fund-withdrawal.record";

	RecordingProvidentFundWithdrawal(FundingPlans plans, Contributions contributions, DutyPolicy policy, AuditTrail audit, Clock clock) {
		super(Contribution.Kind.PROVIDENT_FUND_WITHDRAWAL, OPERATION, plans, contributions, policy, audit, clock);
	}

	@Transactional
	public Contribution record(Caller caller, RecordContributionCommand command) {
		return recordFor(caller, command);
	}

}
