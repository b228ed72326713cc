package cn.bjrenovation.planning.design.domain;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The items a design scheme may hold. Planning keeps its own copy of housing's renovation-item catalogue
 * ({@code reference/renovation-items.csv}, copied unchanged from housing-service: {@code
 * code,name,englishName,itemClass,touchesUtility}) — it never reads housing's resources — and adds per item what design
 * review needs ({@code reference/design-item-rules.csv}: {@code code,utility,notificationCommitment,buildsStructure}),
 * plus the one item only planning knows: the demolition of an illegal construction ({@link #DEMOLITION}).
 */
public final class DesignCatalogue {

	/** 拆除违法建设: the item that demolishes an illegal construction determined on the community. */
	public static final CatalogueItem DEMOLITION = new CatalogueItem("ILLEGAL_CONSTRUCTION_DEMOLITION", "拆除违法建设",
			ItemClass.BASIC, null, false, false);

	private static final String ITEMS_HEADER = "code,name,englishName,itemClass,touchesUtility";

	private static final String RULES_HEADER = "code,utility,notificationCommitment,buildsStructure";

	private final Map<String, CatalogueItem> byCode;

	private DesignCatalogue(Map<String, CatalogueItem> byCode) {
		this.byCode = Map.copyOf(byCode);
	}

	/**
	 * Reads both files.
	 * @throws IllegalStateException naming the file and line of a malformed row, a code listed twice, a rule for an
	 * item the catalogue lacks, or an item whose utility disagrees with housing's {@code touchesUtility}: the service
	 * must not start with a catalogue it cannot trust
	 */
	public static DesignCatalogue read(Reader items, Reader rules) {
		Map<String, String[]> catalogue = rows(items, ITEMS_HEADER, "renovation items");
		Map<String, String[]> added = rows(rules, RULES_HEADER, "design item rules");
		Map<String, CatalogueItem> byCode = new LinkedHashMap<>();
		for (String code : added.keySet()) {
			if (!catalogue.containsKey(code)) {
				throw new IllegalStateException("design item rules: " + code + " is no item of the catalogue");
			}
		}
		for (Map.Entry<String, String[]> entry : catalogue.entrySet()) {
			String code = entry.getKey();
			String[] item = entry.getValue();
			String[] rule = added.get(code);
			if (rule == null) {
				throw new IllegalStateException("design item rules: no rule for catalogue item " + code);
			}
			boolean touchesUtility = bool(item[4], "renovation items", code);
			UtilityKind utility = rule[1].isBlank() ? null : UtilityKind.valueOf(rule[1]);
			if (touchesUtility != (utility != null)) {
				throw new IllegalStateException("design item rules: " + code + " touches a utility in the catalogue ("
						+ touchesUtility + ") but its utility is '" + rule[1] + "'");
			}
			byCode.put(code, new CatalogueItem(code, item[1], ItemClass.valueOf(item[3]), utility,
					bool(rule[2], "design item rules", code), bool(rule[3], "design item rules", code)));
		}
		byCode.put(DEMOLITION.code(), DEMOLITION);
		return new DesignCatalogue(byCode);
	}

	public Optional<CatalogueItem> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}

	public List<CatalogueItem> all() {
		return new ArrayList<>(byCode.values());
	}

	private static Map<String, String[]> rows(Reader csv, String header, String what) {
		Map<String, String[]> rows = new LinkedHashMap<>();
		for (ReferenceCsv.Line line : ReferenceCsv.lines(csv, header, what)) {
			String[] columns = line.text().split(",", -1);
			if (columns.length != header.split(",").length || columns[0].isBlank()) {
				throw new IllegalStateException(what + " line " + line.number() + " is not " + header);
			}
			if (rows.put(columns[0], columns) != null) {
				throw new IllegalStateException(what + " line " + line.number() + ": " + columns[0] + " is listed twice");
			}
		}
		return rows;
	}

	private static boolean bool(String text, String what, String code) {
		if (!Set.of("true", "false").contains(text)) {
			throw new IllegalStateException(what + ": " + code + " has '" + text + "' where true or false belongs");
		}
		return Boolean.parseBoolean(text);
	}

}
