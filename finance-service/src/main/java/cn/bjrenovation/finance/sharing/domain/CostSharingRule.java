package cn.bjrenovation.finance.sharing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.bjrenovation.platform.problems.RuleViolationException;

/**
 * One version of the cost-sharing rule (A3-4): for every cost category the share of each party in basis points
 * (1/100 of a per cent), adding up to {@value #WHOLE} per category. Versions are never changed; a new one takes effect
 * from its date. The versions the suite ships are {@code isDefault}: the plan names the parties but gives no shares.
 */
public record CostSharingRule(int version, LocalDate effectiveFrom, boolean isDefault,
		Map<CostCategory, Map<CostParty, Integer>> shares, String note, String definedBy, Instant definedAt) {

	/** 100 % in basis points. */
	public static final int WHOLE = 10_000;

	public static final String RULE = "A3-4 资金分担: every category's shares add up to 100%";

	/** @throws RuleViolationException naming the first category whose shares do not add up to 100 % */
	public CostSharingRule {
		Objects.requireNonNull(effectiveFrom, "effectiveFrom");
		Objects.requireNonNull(note, "note");
		Objects.requireNonNull(definedBy, "definedBy");
		Objects.requireNonNull(definedAt, "definedAt");
		EnumMap<CostCategory, Map<CostParty, Integer>> copy = new EnumMap<>(CostCategory.class);
		for (CostCategory category : CostCategory.values()) {
			Map<CostParty, Integer> ofCategory = shares.getOrDefault(category, Map.of());
			int sum = ofCategory.values().stream().mapToInt(Integer::intValue).sum();
			if (sum != WHOLE || ofCategory.values().stream().anyMatch(share -> share <= 0)) {
				throw new RuleViolationException(RULE, "shares." + category.name(), category.name() + " ("
						+ category.label() + ") shares add up to " + sum + " basis points (" + sum / 100.0
						+ "%), not " + WHOLE + " (100%), or name a party with no share");
			}
			copy.put(category, Collections.unmodifiableMap(new EnumMap<>(ofCategory)));
		}
		shares = Collections.unmodifiableMap(copy);
	}

	/**
	 * The cost of a category split between its parties, in fen, adding up to {@code costFen} exactly: each party gets
	 * its share rounded down, and the fen left over go one by one to the largest remainders (parties in declaration
	 * order on a tie), so nobody gains from the rounding twice.
	 */
	public Map<CostParty, Long> split(CostCategory category, long costFen) {
		Map<CostParty, Integer> ofCategory = shares.get(category);
		EnumMap<CostParty, Long> parts = new EnumMap<>(CostParty.class);
		EnumMap<CostParty, Long> remainders = new EnumMap<>(CostParty.class);
		long given = 0;
		for (Map.Entry<CostParty, Integer> share : ofCategory.entrySet()) {
			long exact = Math.multiplyExact(costFen, (long) share.getValue());
			parts.put(share.getKey(), exact / WHOLE);
			remainders.put(share.getKey(), exact % WHOLE);
			given += exact / WHOLE;
		}
		List<CostParty> byRemainder = remainders.entrySet()
			.stream()
			.sorted(Map.Entry.<CostParty, Long>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList();
		for (int i = 0; given < costFen; i++, given++) {
			CostParty party = byRemainder.get(i % byRemainder.size());
			parts.merge(party, 1L, Long::sum);
		}
		return parts;
	}

}
