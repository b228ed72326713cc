package cn.bjrenovation.pipeline.street.domain;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * A community on a street, as pipeline knows it from housing's facts about it: the trench window of its street
 * will have to reach it. Housing owns the facts; pipeline only refuses one that cannot be true.
 *
 * @param address postal address, or null when housing gave none
 * @param latitude WGS 84 degrees, or null (together with {@code longitude}) when housing gave no location
 * @param buildingCount buildings the service connections run to, or null when housing gave none
 * @param retired housing retired it (it never deletes one); no trench window has to reach it any more
 * @param version housing's version of the community, growing with every change: of two facts about the same
 * community, the higher version holds
 * @param registeredAt when housing registered it, as far as pipeline knows: every fact about a community
 * happens at or after its registration, so the earliest one seen bounds it, exactly once the registration
 * itself has arrived
 */
public record StreetCommunity(CommunityId communityId, StreetCode street, String name, int buildYear, String address,
		Double latitude, Double longitude, Integer buildingCount, boolean retired, long version,
		Instant registeredAt) {

	/**
	 * Name order as officials read a list of Chinese names: by pinyin, as the Chinese collation sorts (安贞里
	 * before 北苑), not by code point; then by id, so that equal names still list in a stable order.
	 */
	public static final Comparator<StreetCommunity> IN_NAME_ORDER = Comparator
		.comparing(StreetCommunity::name, Collator.getInstance(Locale.CHINA))
		.thenComparing(community -> community.communityId().value());

	/**
	 * @throws InvalidInputException listing every broken rule: no name, only one coordinate, a negative building
	 * count or version
	 */
	public StreetCommunity {
		Objects.requireNonNull(communityId, "communityId");
		Objects.requireNonNull(street, "street");
		Objects.requireNonNull(registeredAt, "registeredAt");
		new FieldCheck().require(name != null && !name.isBlank(), "name", "community " + communityId + " has no name")
			.noControlCharacters(name, "name")
			.noControlCharacters(address, "address")
			.calendarYear(buildYear, "buildYear")
			.require((latitude == null) == (longitude == null), "latitude",
					"community " + communityId + " has only one of latitude and longitude")
			.require(buildingCount == null || buildingCount >= 0, "buildingCount",
					"community " + communityId + " has " + buildingCount + " buildings")
			.require(version >= 0, "version", "community " + communityId + " has version " + version)
			.throwIfAny();
	}

}
