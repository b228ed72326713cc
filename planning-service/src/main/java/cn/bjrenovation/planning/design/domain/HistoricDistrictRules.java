package cn.bjrenovation.planning.design.domain;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The items a scheme may not hold in a historic and cultural district (历史文化街区, plan §二(二) 坚持保护优先: 沿街立面
 * 风貌整治; §二(三) 加强老旧小区规划风貌管控), each with the reason, held as data
 * ({@code reference/historic-district-forbidden-items.csv}: {@code code,reason}; lines starting with {@code #} document
 * the list).
 */
public final class HistoricDistrictRules {

	private static final String HEADER = "code,reason";

	private final Map<String, String> forbidden;

	private HistoricDistrictRules(Map<String, String> forbidden) {
		this.forbidden = Map.copyOf(forbidden);
	}

	/** @throws IllegalStateException naming the line of a malformed row or an item the catalogue does not know */
	public static HistoricDistrictRules read(Reader csv, DesignCatalogue catalogue) {
		Map<String, String> forbidden = new LinkedHashMap<>();
		for (ReferenceCsv.Line line : ReferenceCsv.lines(csv, HEADER, "historic-district items")) {
			String[] columns = line.text().split(",", 2);
			if (columns.length != 2 || columns[1].isBlank() || catalogue.find(columns[0]).isEmpty()) {
				throw new IllegalStateException("historic-district items line " + line.number()
						+ " is not code,reason of a catalogue item");
			}
			forbidden.put(columns[0], columns[1].strip());
		}
		return new HistoricDistrictRules(forbidden);
	}

	/** Why the item is forbidden in a historic district; empty when it is not. */
	public Optional<String> forbidden(String code) {
		return Optional.ofNullable(forbidden.get(code));
	}

	public Map<String, String> all() {
		return forbidden;
	}

}
