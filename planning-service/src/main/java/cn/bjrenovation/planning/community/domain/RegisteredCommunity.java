package cn.bjrenovation.planning.community.domain;

import java.time.Instant;
import java.util.Objects;

import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

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
public record RegisteredCommunity(CommunityId id, String name, DistrictCode district, StreetCode street,
		int buildYear, String address, Double latitude, Double longitude, boolean historicDistrict, boolean coreArea,
		boolean retired, long version, Instant registeredAt) {

	/**
	 * @throws InvalidInputException listing every broken rule: no name, a street that does not lie in the district
	 * (a 9-digit street code begins with its 6-digit district code), a build year that is no year, only one coordinate, a negative version
	 */
	public RegisteredCommunity {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(district, "district");
		Objects.requireNonNull(street, "street");
		Objects.requireNonNull(registeredAt, "registeredAt");
		new FieldCheck().require(name != null && !name.isBlank(), "name", "community " + id + " has no name")
			.noControlCharacters(name, "name")
			.noControlCharacters(address, "address")
			.calendarYear(buildYear, "buildYear")
			.require(street.district().equals(district), "streetCode",
					"'" + street + "' is not a street of district " + district)
			.require((latitude == null) == (longitude == null), "latitude",
					"community " + id + " has only one of latitude and longitude")
			.require(version >= 0, "version", "community " + id + " has version " + version)
			.throwIfAny();
	}

	/** Where the community lies, for the duty policy: its district, its street, itself. */
	public Place place() {
		return Place.of(district.value(), street.value(), id.toString());
	}

}
