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

/** Records DRC's funding of a project's fixed-asset-investment items (A2 发改委: 负责老旧小区改造涉及固定资产投资项目的资金保障). */
@Service
public class RecordingFixedAssetFunding extends RecordingContribution {

	static final String OPERATION = "finance.fixed-asset-funding.record";

	RecordingFixedAssetFunding(FundingPlans plans, Contributions contributions, DutyPolicy policy, AuditTrail audit, Clock clock) {
		super(Contribution.Kind.FIXED_ASSET_INVESTMENT, OPERATION, plans, contributions, policy, audit, clock);
	}

	@Transactional
	public Contribution record(Caller caller, RecordContributionCommand command) {
		return recordFor(caller, command);
	}

}
