package cn.bjrenovation.finance.funding.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.finance.funding.application.FundingView;
import cn.bjrenovation.finance.funding.domain.Contribution;
import cn.bjrenovation.finance.funding.domain.FundingPlan;
import cn.bjrenovation.finance.funding.domain.Tranche;
import cn.bjrenovation.finance.sharing.domain.CostCategory;
import cn.bjrenovation.finance.sharing.domain.CostParty;

record FundingPlanResponse(String projectId, String communityId, String communityName, String districtCode,
		String streetCode, int planYear, int schemeVersion, LocalDate approvedOn, long totalCostFen, int ruleVersion,
		LocalDate ruleEffectiveFrom, boolean ruleIsDefault, String status, List<Category> categories,
		Map<CostParty, Long> shares, long governmentFen, List<CommitmentLine> commitments, long committedFen,
		long disbursedFen, List<TrancheLine> tranches, List<ContributionLine> contributions, long version,
		Instant draftedAt) {

	record Category(CostCategory category, long costFen, Map<CostParty, Long> shares) {
	}

	record CommitmentLine(CostParty party, String budgetLineId, String source, long amountFen, String holdTransferId) {
	}

	record TrancheLine(String milestone, long amountFen, String sourceEventId, String evidence, String disbursedBy,
			Instant disbursedAt) {

		static TrancheLine of(Tranche tranche) {
			return new TrancheLine(tranche.milestone().name(), tranche.amountFen(), tranche.sourceEventId(),
					tranche.evidence(), tranche.disbursedBy(), tranche.disbursedAt());
		}

	}

	record ContributionLine(String id, String kind, long amountFen, List<String> items, Integer households,
			String reference, String recordedBy, Instant recordedAt) {

		static ContributionLine of(Contribution contribution) {
			return new ContributionLine(contribution.id().toString(), contribution.kind().name(),
					contribution.amountFen(), contribution.items(), contribution.households(), contribution.reference(),
					contribution.recordedBy(), contribution.recordedAt());
		}

	}

	static FundingPlanResponse of(FundingView view) {
		FundingPlan plan = view.plan();
		return new FundingPlanResponse(plan.project().id().toString(), plan.project().communityId().toString(),
				plan.project().communityName(), plan.project().districtCode(), plan.project().streetCode(),
				plan.project().planYear(), plan.schemeVersion(), plan.approvedOn(), plan.totalCostFen(),
				plan.rule().version(), plan.rule().effectiveFrom(), plan.rule().isDefault(), plan.status().name(),
				plan.categories()
					.stream()
					.map(category -> new Category(category.category(), category.costFen(),
							new java.util.TreeMap<>(category.shares())))
					.toList(),
				plan.shares(), plan.governmentFen(),
				plan.commitments()
					.stream()
					.map(c -> new CommitmentLine(c.party(), c.budgetLineId().toString(), c.source(), c.amountFen(),
							c.holdTransferId().toString()))
					.toList(),
				plan.committedFen(), view.disbursedFen(), view.tranches().stream().map(TrancheLine::of).toList(),
				view.contributions().stream().map(ContributionLine::of).toList(), plan.version(), plan.draftedAt());
	}

}
