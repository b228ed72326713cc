package cn.bjrenovation.planning.community.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import cn.bjrenovation.platform.problems.InvalidInputException;

/**
 * A community in housing's city-wide database (老旧小区数据库), as planning knows it from housing's
 * {@code CommunityRegistered}: the object responsible planners draw designs for. Housing owns the facts;
 * planning only refuses a fact that cannot be true, since it could not be placed on any street.
 *
 * @param registeredAt when housing registered it (the event's occurrence); of two facts about the same
 * community, the later one holds
 */
public record RegisteredCommunity(UUID id, String name, String districtCode, String streetCode, int buildYear,
		Instant registeredAt) {

	/**
	 * @throws IllegalArgumentException when a field is missing or the street does not lie in the district
	 * (a 9-digit street code begins with its 6-digit district code)
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
