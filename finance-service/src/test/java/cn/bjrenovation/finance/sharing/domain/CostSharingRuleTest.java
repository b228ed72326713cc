package cn.bjrenovation.finance.sharing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import cn.bjrenovation.platform.problems.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostSharingRuleTest {

	@Test
	void sharesNotAddingUpToAHundredPercentAreRefusedNamingTheCategoryAndTheRule() {
		Map<CostCategory, Map<CostParty, Integer>> shares = whole();
		shares.put(CostCategory.COMPLETE, Map.of(CostParty.MUNICIPAL_BUDGET, 6_000, CostParty.RESIDENTS_CASH, 3_000));

		assertThatThrownBy(() -> rule(shares)).isInstanceOfSatisfying(RuleViolationException.class, ex -> {
			assertThat(ex.rule()).isEqualTo(CostSharingRule.RULE);
			assertThat(ex.field()).isEqualTo("shares.COMPLETE");
			assertThat(ex.getMessage()).contains("9000", "90.0%");
		});
	}

	@Test
	void aCategoryLeftOutIsRefused() {
		Map<CostCategory, Map<CostParty, Integer>> shares = whole();
		shares.remove(CostCategory.PIPELINE);

		assertThatThrownBy(() -> rule(shares)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.field()).isEqualTo("shares.PIPELINE"));
	}

	@Test
	void aSplitAddsUpToTheCostToTheFenWhateverTheCost() {
		Map<CostCategory, Map<CostParty, Integer>> shares = whole();
		shares.put(CostCategory.BASIC, Map.of(CostParty.MUNICIPAL_BUDGET, 3_333, CostParty.DISTRICT_BUDGET, 3_333,
				CostParty.RESIDENTS_CASH, 3_334));
		CostSharingRule rule = rule(shares);
		SplittableRandom random = new SplittableRandom(2026);
		for (int i = 0; i < 10_000; i++) {
			long cost = random.nextLong(0, 10_000_000_000L);
			Map<CostParty, Long> split = rule.split(CostCategory.BASIC, cost);
			assertThat(split.values().stream().mapToLong(Long::longValue).sum()).as("cost %d", cost).isEqualTo(cost);
			assertThat(split.get(CostParty.MUNICIPAL_BUDGET)).isBetween(cost * 3_333 / 10_000, cost * 3_333 / 10_000 + 1);
		}
	}

	@Test
	void aWholeShareTakesTheWholeCost() {
		assertThat(rule(whole()).split(CostCategory.UPGRADE, 12_345)).containsExactly(Map.entry(CostParty.SOCIAL_CAPITAL, 12_345L));
	}

	private static CostSharingRule rule(Map<CostCategory, Map<CostParty, Integer>> shares) {
		return new CostSharingRule(2, LocalDate.of(2027, 1, 1), false, shares, "test", "finance", Instant.EPOCH);
	}

	private static Map<CostCategory, Map<CostParty, Integer>> whole() {
		Map<CostCategory, Map<CostParty, Integer>> shares = new EnumMap<>(CostCategory.class);
		shares.put(CostCategory.BASIC, Map.of(CostParty.MUNICIPAL_BUDGET, 10_000));
		shares.put(CostCategory.COMPLETE, Map.of(CostParty.MUNICIPAL_BUDGET, 5_000, CostParty.RESIDENTS_CASH, 5_000));
		shares.put(CostCategory.UPGRADE, Map.of(CostParty.SOCIAL_CAPITAL, 10_000));
		shares.put(CostCategory.PIPELINE, Map.of(CostParty.PIPELINE_OPERATORS, 10_000));
		return shares;
	}

}
