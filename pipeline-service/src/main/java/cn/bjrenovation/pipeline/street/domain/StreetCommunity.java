package cn.bjrenovation.pipeline.street.domain;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A community on a street, as pipeline knows it from housing's {@code CommunityRegistered}: the trench
 * window of its street will have to reach it. Housing owns the facts; pipeline only refuses one that
 * cannot be true.
 *
 * @param registeredAt when housing registered it (the event's occurrence); of two facts about the same
 * community, the later one holds
 */
public record StreetCommunity(UUID communityId, StreetCode street, String name, int buildYear,
		Instant registeredAt) {

	/**
	 * Name order as officials read a list of Chinese names: by pinyin, as the Chinese collation sorts (安贞里
	 * before 北苑), not by code point; then by id, so that equal names still list in a stable order.
	 */
	public static final Comparator<StreetCommunity> IN_NAME_ORDER = Comparator
		.comparing(StreetCommunity::name, Collator.getInstance(Locale.CHINA))
		.thenComparing(StreetCommunity::communityId);

	/** @throws IllegalArgumentException when a field is missing */
	public StreetCommunity {
		Objects.requireNonNull(communityId, "communityId");
		Objects.requireNonNull(street, "street");
		Objects.requireNonNull(registeredAt, "registeredAt");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("community " + communityId + " has no name");
		}
	}

}
