package cn.bjrenovation.housing.project.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The items a community may ask for, as the plan names them: the basic (A1-6), complete (A1-7) and upgrade (A1-8)
 * items, each with its class and whether it touches a utility network. Reference data shipped with the service
 * ({@code reference/renovation-items.csv}: {@code code,name,englishName,itemClass,touchesUtility}), in the plan's
 * order.
 */
public final class RenovationItemCatalogue {

	private static final String HEADER = "code,name,englishName,itemClass,touchesUtility";

	private final Map<String, RenovationItem> byCode;

	private RenovationItemCatalogue(Map<String, RenovationItem> byCode) {
		this.byCode = Collections.unmodifiableMap(byCode);
	}

	/**
	 * Reads the catalogue file.
	 * @throws IllegalStateException naming the line of a malformed row or a repeated code: the service must not start
	 * with a catalogue it cannot trust
	 */
	public static RenovationItemCatalogue read(Reader csv) {
		Map<String, RenovationItem> items = new LinkedHashMap<>();
		try (BufferedReader lines = new BufferedReader(csv)) {
			String header = lines.readLine();
			if (!HEADER.equals(header)) {
				throw new IllegalStateException("renovation items: header must be '" + HEADER + "', was '" + header + "'");
			}
			int number = 1;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				RenovationItem item = row(line.split(",", -1), number);
				if (items.put(item.code(), item) != null) {
					throw new IllegalStateException("renovation items line " + number + ": code " + item.code()
							+ " is listed twice");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the renovation items", ex);
		}
		return new RenovationItemCatalogue(items);
	}

	private static RenovationItem row(String[] columns, int number) {
		if (columns.length != 5 || columns[0].isBlank() || columns[1].isBlank()
				|| !List.of("true", "false").contains(columns[4])) {
			throw new IllegalStateException("renovation items line " + number + " is not " + HEADER);
		}
		try {
			return new RenovationItem(columns[0], columns[1], columns[2], ItemClass.valueOf(columns[3]),
					Boolean.parseBoolean(columns[4]));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("renovation items line " + number + ": no item class " + columns[3], ex);
		}
	}

	public List<RenovationItem> all() {
		return new ArrayList<>(byCode.values());
	}

	public Optional<RenovationItem> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code.strip()));
	}

}
