package cn.bjrenovation.finance.sharing.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

import cn.bjrenovation.finance.sharing.domain.CostCategory;
import cn.bjrenovation.finance.sharing.domain.CostParty;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * A new version of the cost-sharing rule as the Finance Bureau enters it, checked where it enters: a date, and for
 * each category the parties' shares in basis points (10000 = 100%). Whether each category adds up to 100% is the
 * rule's own check ({@code CostSharingRule}), answered 422 naming the rule and the category.
 */
public record DefineCostSharingRuleCommand(LocalDate effectiveFrom, Map<CostCategory, Map<CostParty, Integer>> shares,
		String note) {

	public static final int MAX_NOTE_LENGTH = 1000;

	/** @throws InvalidInputException listing every malformed field at once */
	public static DefineCostSharingRuleCommand of(String effectiveFrom, Map<String, Map<String, Integer>> shares,
			String note) {
		FieldCheck check = new FieldCheck();
		LocalDate from = null;
		if (effectiveFrom == null) {
			check.present(null, "effectiveFrom");
		}
		else {
			try {
				from = LocalDate.parse(effectiveFrom);
			}
			catch (DateTimeParseException ex) {
				check.require(false, "effectiveFrom", "must be a date like 2027-01-01");
			}
		}
		Map<CostCategory, Map<CostParty, Integer>> parsed = new EnumMap<>(CostCategory.class);
		if (shares == null) {
			check.present(null, "shares");
		}
		else {
			shares.forEach((category, parties) -> {
				CostCategory cat = check.choice(category, "shares", CostCategory.class);
				Map<CostParty, Integer> ofCategory = new EnumMap<>(CostParty.class);
				if (parties == null) {
					check.present(null, "shares." + category);
				}
				else {
					parties.forEach((party, basisPoints) -> {
						CostParty p = check.choice(party, "shares." + category, CostParty.class);
						check.require(basisPoints != null && basisPoints > 0 && basisPoints <= 10_000,
								"shares." + category + "." + party, "a share is 1–10000 basis points (0.01%–100%)");
						if (p != null && basisPoints != null) {
							ofCategory.put(p, basisPoints);
						}
					});
				}
				if (cat != null) {
					parsed.put(cat, ofCategory);
				}
			});
		}
		check.plainText(note, "note", MAX_NOTE_LENGTH).throwIfAny();
		return new DefineCostSharingRuleCommand(from, parsed, note.strip());
	}

}
