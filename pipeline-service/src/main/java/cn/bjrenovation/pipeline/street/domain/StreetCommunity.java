package cn.bjrenovation.pipeline.street.domain;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

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
public record StreetCommunity(UUID communityId, StreetCode street, String name, int buildYear, String address,
		Double latitude, Double longitude, Integer buildingCount, boolean retired, long version,
		Instant registeredAt) {

	/**
	 * Name order as officials read a list of Chinese names: by pinyin, as the Chinese collation sorts (安贞里
	 * before 北苑), not by code point; then by id, so that equal names still list in a stable order.
	 */
	public static final Comparator<StreetCommunity> IN_NAME_ORDER = Comparator
		.comparing(StreetCommunity::name, Collator.getInstance(Locale.CHINA))
		.thenComparing(StreetCommunity::communityId);

	/**
	 * @throws IllegalArgumentException when a field is missing, only one coordinate is given, or the building
	 * count or version is negative
	 */
	public StreetCommunity {
		Objects.requireNonNull(communityId, "communityId");
		Objects.requireNonNull(street, "street");
		Objects.requireNonNull(registeredAt, "registeredAt");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("community " + communityId + " has no name");
		}
		if ((latitude == null) != (longitude == null)) {
			throw new IllegalArgumentException("community " + communityId + " has only one of latitude and longitude");
		}
		if (buildingCount != null && buildingCount < 0) {
			throw new IllegalArgumentException("community " + communityId + " has " + buildingCount + " buildings");
		}
		if (version < 0) {
			throw new IllegalArgumentException("community " + communityId + " has version " + version);
		}
	}

}
