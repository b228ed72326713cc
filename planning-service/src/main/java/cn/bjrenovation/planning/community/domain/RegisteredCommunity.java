package cn.bjrenovation.planning.community.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import cn.bjrenovation.platform.problems.InvalidInputException;

/**
 * A community in housing's city-wide database (老旧小区数据库), as planning knows it from housing's facts about
 * it: the object responsible planners draw designs for. Housing owns the facts; planning only refuses a fact
 * that cannot be true, since it could not be placed on any street.
 *
 * @param address postal address, or null when housing gave none
 * @param latitude WGS 84 degrees, or null (together with {@code longitude}) when housing gave no location
 * @param historicDistrict in a historic and cultural district (历史文化街区)
 * @param coreArea in the capital's core functional area (首都功能核心区)
 * @param retired housing retired it (it never deletes one); planners no longer design for it
 * @param version housing's version of the community, growing with every change: of two facts about the same
 * community, the higher version holds
 * @param registeredAt when housing registered it, as far as planning knows: every fact about a community
 * happens at or after its registration, so the earliest one seen bounds it, exactly once the registration
 * itself has arrived
 */
public record RegisteredCommunity(UUID id, String name, String districtCode, String streetCode, int buildYear,
		String address, Double latitude, Double longitude, boolean historicDistrict, boolean coreArea,
		boolean retired, long version, Instant registeredAt) {

	/**
	 * @throws IllegalArgumentException when a field is missing, the street does not lie in the district (a
	 * 9-digit street code begins with its 6-digit district code), only one coordinate is given or the version
	 * is negative
	 */
	public RegisteredCommunity {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(registeredAt, "registeredAt");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("community " + id + " has no name");
		}
		if (districtCode == null || !districtCode.matches("\\d{6}")) {
			throw new IllegalArgumentException("community " + id + ": '" + districtCode + "' is not a district code");
		}
		if (streetCode == null || !streetCode.matches("\\d{9}") || !streetCode.startsWith(districtCode)) {
			throw new IllegalArgumentException(
					"community " + id + ": '" + streetCode + "' is not a street of district " + districtCode);
		}
		if ((latitude == null) != (longitude == null)) {
			throw new IllegalArgumentException("community " + id + " has only one of latitude and longitude");
		}
		if (version < 0) {
			throw new IllegalArgumentException("community " + id + " has version " + version);
		}
	}

	/** @throws InvalidInputException naming {@code field} when the text is not a community id (a UUID) */
	public static UUID parseId(String text, String field) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException(field, "'" + text + "' is not a community id (a UUID)");
		}
	}

}
