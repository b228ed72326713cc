package cn.bjrenovation.finance.funding.grpc;

import java.time.Instant;
import java.util.Map;

import cn.bjrenovation.finance.funding.domain.Commitment;
import cn.bjrenovation.finance.funding.domain.FundingPlan;
import cn.bjrenovation.finance.sharing.domain.CostParty;
import cn.bjrenovation.finance.v1.CategoryCost;
import cn.bjrenovation.finance.v1.CostCategory;
import cn.bjrenovation.finance.v1.FundingPlanStatus;
import cn.bjrenovation.finance.v1.FundingSourceKind;
import cn.bjrenovation.finance.v1.Milestone;
import cn.bjrenovation.finance.v1.PartyShare;
import com.google.protobuf.Timestamp;

/** finance's own plan mapped to the {@code finance.v1} contract, for gRPC answers and {@code finance.funding} facts. */
public final class FundingMessages {

	private FundingMessages() {
	}

	public static cn.bjrenovation.finance.v1.FundingPlan plan(FundingPlan plan, long disbursedFen) {
		var builder = cn.bjrenovation.finance.v1.FundingPlan.newBuilder()
			.setProjectId(plan.project().id().toString())
			.setCommunityId(plan.project().communityId().toString())
			.setCommunityName(plan.project().communityName())
			.setDistrictCode(plan.project().districtCode())
			.setStreetCode(plan.project().streetCode())
			.setPlanYear(plan.project().planYear())
			.setSchemeVersion(plan.schemeVersion())
			.setTotalCostFen(plan.totalCostFen())
			.setRuleVersion(plan.rule().version())
			.setRuleEffectiveFrom(plan.rule().effectiveFrom().toString())
			.setRuleIsDefault(plan.rule().isDefault())
			.setStatus(FundingPlanStatus.valueOf(plan.status().name()))
			.setGovernmentFen(plan.governmentFen())
			.setDisbursedFen(disbursedFen)
			.setVersion(plan.version())
			.setDraftedAt(timestamp(plan.draftedAt()));
		plan.categories()
			.forEach(category -> builder.addCategories(CategoryCost.newBuilder()
				.setCategory(CostCategory.valueOf(category.category().name()))
				.setCostFen(category.costFen())
				.addAllShares(shares(category.shares()))));
		builder.addAllShares(shares(plan.shares()));
		for (Commitment commitment : plan.commitments()) {
			builder.addCommitments(cn.bjrenovation.finance.v1.Commitment.newBuilder()
				.setParty(party(commitment.party()))
				.setBudgetLineId(commitment.budgetLineId().toString())
				.setSource(FundingSourceKind.valueOf(commitment.source()))
				.setAmountFen(commitment.amountFen())
				.setTransferId(commitment.holdTransferId().toString()));
		}
		return builder.build();
	}

	private static Iterable<PartyShare> shares(Map<CostParty, Long> shares) {
		return new java.util.TreeMap<>(shares).entrySet()
			.stream()
			.map(share -> PartyShare.newBuilder().setParty(party(share.getKey())).setAmountFen(share.getValue()).build())
			.toList();
	}

	/** The contract's names differ where proto3's enum scoping needs it (…_SHARE): mapped one by one. */
	public static cn.bjrenovation.finance.v1.CostParty party(CostParty party) {
		return switch (party) {
			case MUNICIPAL_BUDGET -> cn.bjrenovation.finance.v1.CostParty.MUNICIPAL_BUDGET_SHARE;
			case DISTRICT_BUDGET -> cn.bjrenovation.finance.v1.CostParty.DISTRICT_BUDGET_SHARE;
			case GOVERNMENT_FUNDS_AND_BONDS -> cn.bjrenovation.finance.v1.CostParty.GOVERNMENT_FUNDS_AND_BONDS;
			case RESIDENTS_CASH -> cn.bjrenovation.finance.v1.CostParty.RESIDENTS_CASH;
			case RESIDENTS_PROVIDENT_FUND -> cn.bjrenovation.finance.v1.CostParty.RESIDENTS_PROVIDENT_FUND;
			case RESIDENTS_MAINTENANCE_FUND -> cn.bjrenovation.finance.v1.CostParty.RESIDENTS_MAINTENANCE_FUND;
			case ORIGINAL_PROPERTY_UNIT -> cn.bjrenovation.finance.v1.CostParty.ORIGINAL_PROPERTY_UNIT;
			case PIPELINE_OPERATORS -> cn.bjrenovation.finance.v1.CostParty.PIPELINE_OPERATORS;
			case SOCIAL_CAPITAL -> cn.bjrenovation.finance.v1.CostParty.SOCIAL_CAPITAL;
		};
	}

	public static Milestone milestone(cn.bjrenovation.finance.funding.domain.Milestone milestone) {
		return Milestone.valueOf(milestone.name());
	}

	public static Timestamp timestamp(Instant at) {
		return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
	}

}
