package cn.bjrenovation.housing.project.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * What a community organisation asks for (申报, A1-3): the wanted items from the catalogue, the residents' consent,
 * whether they are willing to bear their share (愿意承担相应义务, plan §三(一) — recorded and shown; the plan makes it a
 * priority for the reserve pool, not a condition of applying) and a note.
 *
 * @param note empty when none was given
 */
public record Application(List<RenovationItem> items, Consent consent, boolean obligationsAccepted, String note) {

	public static final int MAX_NOTE_LENGTH = 2000;

	public Application {
		items = List.copyOf(items);
		Objects.requireNonNull(consent, "consent");
		note = note == null ? "" : note;
	}

	/**
	 * Checks an application as entered, adding every broken rule to {@code check} under the request's field names
	 * ({@code items[0].code}, {@code consent.owners}, …).
	 * @param itemCodes the wanted items' codes, as entered (null entries for items without a code)
	 * @return the application, or null when a rule is broken
	 */
	public static Application check(List<String> itemCodes, Integer owners, Integer ownersAgreeing, BigDecimal area,
			BigDecimal areaAgreeing, Boolean obligationsAccepted, String note, RenovationItemCatalogue catalogue,
			FieldCheck check) {
		List<RenovationItem> items = items(itemCodes, catalogue, check);
		Consent consent = Consent.check(owners, ownersAgreeing, area, areaAgreeing, check);
		check.present(obligationsAccepted, "obligationsAccepted");
		boolean noted = note != null && !note.isBlank();
		if (noted) {
			check.plainText(note, "note", MAX_NOTE_LENGTH);
		}
		if (!check.ok()) {
			return null;
		}
		return new Application(items, consent, obligationsAccepted, noted ? note.strip() : "");
	}

	private static List<RenovationItem> items(List<String> codes, RenovationItemCatalogue catalogue, FieldCheck check) {
		if (codes == null || codes.isEmpty()) {
			check.require(false, "items", "name at least one wanted item by its catalogue code "
					+ "(GET /api/housing/renovation-items)");
			return List.of();
		}
		int most = catalogue.all().size();
		if (codes.size() > most) {
			check.require(false, "items", "the catalogue has " + most + " items; " + codes.size() + " were named");
			return List.of();
		}
		List<RenovationItem> items = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < codes.size(); i++) {
			String field = "items[" + i + "].code";
			String code = codes.get(i);
			if (code == null || code.isBlank()) {
				check.present(null, field);
				continue;
			}
			var item = catalogue.find(code);
			if (item.isEmpty()) {
				check.require(false, field, "'" + code + "' is not an item of the catalogue (A1-6, A1-7, A1-8; GET "
						+ "/api/housing/renovation-items)");
			}
			else if (!seen.add(item.get().code())) {
				check.require(false, field, "'" + code + "' is named twice");
			}
			else {
				items.add(item.get());
			}
		}
		return items;
	}

	public Set<ItemClass> classes() {
		Set<ItemClass> classes = new HashSet<>();
		items.forEach(item -> classes.add(item.itemClass()));
		return classes;
	}

}
