package cn.bjrenovation.planning.design.domain;

import java.util.List;
import java.util.Optional;

/**
 * The parts of a design scheme a review comment is anchored to: each item by its catalogue code
 * ({@code item:GAS_SUPPLY}), and the residents' opinions, the drawings, the declared land and planning changes, the
 * historic keeping statement and the summary. One-shot review (A3-8) compares versions part by part.
 */
public final class SchemePart {

	public static final String ITEM_PREFIX = "item:";

	public static final String OPINIONS = "opinions";

	public static final String DRAWINGS = "drawings";

	public static final String LAND_PLANNING = "landPlanning";

	public static final String HISTORIC_KEEPING = "historicKeeping";

	public static final String SUMMARY = "summary";

	/** The parts that are not items. */
	public static final List<String> WHOLE_SCHEME = List.of(OPINIONS, DRAWINGS, LAND_PLANNING, HISTORIC_KEEPING,
			SUMMARY);

	private SchemePart() {
	}

	public static String item(String code) {
		return ITEM_PREFIX + code;
	}

	/** The item code a part names, when it names an item. */
	public static Optional<String> itemCode(String part) {
		return part != null && part.startsWith(ITEM_PREFIX) && part.length() > ITEM_PREFIX.length()
				? Optional.of(part.substring(ITEM_PREFIX.length())) : Optional.empty();
	}

	/** Whether the text names a part some scheme can have (an item part names any code). */
	public static boolean wellFormed(String part) {
		return part != null && (WHOLE_SCHEME.contains(part) || itemCode(part).isPresent());
	}

}
