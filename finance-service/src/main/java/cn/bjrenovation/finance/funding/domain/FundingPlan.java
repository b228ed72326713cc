package cn.bjrenovation.finance.funding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import cn.bjrenovation.finance.sharing.domain.CostCategory;
import cn.bjrenovation.finance.sharing.domain.CostParty;
import cn.bjrenovation.finance.sharing.domain.CostSharingRule;
import cn.bjrenovation.platform.problems.ConflictException;

/**
 * A project's funding plan (资金方案, DOMAIN §5 step 7): the approved design's items costed by the cost-sharing rule
 * version in force on the day of approval, split between the parties; the government part committed on budget lines.
 * Immutable: every move returns the plan as it is after it, one version higher.
 */
public record FundingPlan(PlannedProject project, int schemeVersion, LocalDate approvedOn, long totalCostFen,
		CostSharingRule rule, FundingStatus status, List<CategoryCost> categories, List<Commitment> commitments,
		long version, Instant draftedAt) {

	public FundingPlan {
		Objects.requireNonNull(project, "project");
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(status, "status");
		categories = List.copyOf(categories);
		commitments = List.copyOf(commitments);
	}

	/** Drafts the plan: each item's cost goes to its category, and each category is split by the rule. */
	public static FundingPlan draft(PlannedProject project, int schemeVersion, LocalDate approvedOn,
			List<CostedItem> items, CostSharingRule rule, Instant at) {
		Map<CostCategory, Long> costs = new EnumMap<>(CostCategory.class);
		items.forEach(item -> costs.merge(item.category(), item.costFen(), Math::addExact));
		List<CategoryCost> categories = new ArrayList<>();
		costs.forEach((category, cost) -> categories.add(new CategoryCost(category, cost, rule.split(category, cost))));
		long total = costs.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
		return new FundingPlan(project, schemeVersion, approvedOn, total, rule, FundingStatus.DRAFTED, categories,
				List.of(), 1, at);
	}

	/** Each party's share summed over the categories, fen. */
	public Map<CostParty, Long> shares() {
		Map<CostParty, Long> shares = new EnumMap<>(CostParty.class);
		categories.forEach(category -> category.shares().forEach((party, amount) -> shares.merge(party, amount, Long::sum)));
		return shares;
	}

	/** The government parties' shares: what is committed on budget lines. */
	public Map<CostParty, Long> governmentShares() {
		Map<CostParty, Long> government = new EnumMap<>(CostParty.class);
		shares().forEach((party, amount) -> {
			if (party.government() && amount > 0) {
				government.put(party, amount);
			}
		});
		return government;
	}

	public long governmentFen() {
		return governmentShares().values().stream().mapToLong(Long::longValue).sum();
	}

	public long committedFen() {
		return commitments.stream().mapToLong(Commitment::amountFen).sum();
	}

	/**
	 * The plan after the action, its commitments replaced by {@code commitments}.
	 * @throws ConflictException naming the current state when the life cycle does not allow the action from it
	 */
	public FundingPlan move(FundingAction action, List<Commitment> commitments) {
		if (!action.allowedFrom(status)) {
			throw new ConflictException("the funding plan of project " + project.id() + " is " + status + ": it cannot "
					+ action.name().toLowerCase() + " (allowed from " + allowedFromText(action) + ")");
		}
		return new FundingPlan(project, schemeVersion, approvedOn, totalCostFen, rule, action.to(), categories,
				commitments, version + 1, draftedAt);
	}

	private static String allowedFromText(FundingAction action) {
		List<String> states = new ArrayList<>();
		for (FundingStatus status : FundingStatus.values()) {
			if (action.allowedFrom(status)) {
				states.add(status.name());
			}
		}
		return String.join(", ", states);
	}

	/** The redrafted plan of a newer scheme keeps the plan's version line going. */
	public FundingPlan replacedBy(FundingPlan newer) {
		move(FundingAction.REDRAFT, List.of());
		return new FundingPlan(newer.project, newer.schemeVersion, newer.approvedOn, newer.totalCostFen, newer.rule,
				FundingStatus.DRAFTED, newer.categories, List.of(), version + 1, newer.draftedAt);
	}

	/** A deterministic id for one of the plan's ledger transfers, so asking again is recording once. */
	public UUID transferId(String purpose) {
		return UUID.nameUUIDFromBytes(("funding:" + project.id() + ":scheme-" + schemeVersion + ":" + purpose)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
