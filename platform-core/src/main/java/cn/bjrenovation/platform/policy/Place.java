package cn.bjrenovation.platform.policy;

import java.util.HashMap;
import java.util.Map;

/**
 * Where an object of the suite lies, as far as duties are concerned: its district, street, community and utility
 * (any may be null when the object has none), and the facts a grant's condition may name, e.g.
 * {@code propertyRights=CITY_SOE_NON_OPERATING}. Services describe their objects with it; {@link Reach} decides.
 */
public record Place(String districtCode, String streetCode, String communityId, String utility,
		Map<String, String> facts) {

	/** A street code (9 digits) begins with its district's code (6 digits), so a place on a street lies in its district. */
	public Place {
		if (districtCode == null && streetCode != null && streetCode.length() > 6) {
			districtCode = streetCode.substring(0, 6);
		}
		facts = Map.copyOf(facts);
	}

	/** A place in the city's divisions: district, street and community (each may be null). */
	public static Place of(String districtCode, String streetCode, String communityId) {
		return new Place(districtCode, streetCode, communityId, null, Map.of());
	}

	public static Place ofUtility(String utility) {
		return new Place(null, null, null, utility, Map.of());
	}

	/** The same place with one more fact a condition may read. */
	public Place with(String fact, String value) {
		HashMap<String, String> more = new HashMap<>(facts);
		if (value != null) {
			more.put(fact, value);
		}
		return new Place(districtCode, streetCode, communityId, utility, more);
	}

	String attribute(Scope scope) {
		return switch (scope) {
			case CITY -> null;
			case DISTRICT -> districtCode;
			case STREET -> streetCode;
			case COMMUNITY -> communityId;
			case UTILITY -> utility;
		};
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		append(text, "district", districtCode);
		append(text, "street", streetCode);
		append(text, "community", communityId);
		append(text, "utility", utility);
		return text.toString();
	}

	private static void append(StringBuilder text, String name, String value) {
		if (value != null) {
			text.append(text.isEmpty() ? "" : ", ").append(name).append(' ').append(value);
		}
	}

}
