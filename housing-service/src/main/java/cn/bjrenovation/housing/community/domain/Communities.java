package cn.bjrenovation.housing.community.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import cn.bjrenovation.platform.place.CommunityId;

/** The city-wide community database. */
public interface Communities {

	/**
	 * @param actor who makes the change, for the community's history
	 * @throws cn.bjrenovation.platform.problems.ConflictException when the street already has that name
	 */
	void add(Community community, String actor);

	Optional<Community> find(CommunityId id);

	/**
	 * Stores a changed community if nobody changed it meanwhile.
	 * @return false when the stored version is no longer {@code changed.version() - 1}
	 */
	boolean replace(Community changed, String retiredReason, String actor);

	Page<Community> list(CommunityFilter filter, PageRequest page);

	/** Every matching community in id order, handed over one by one without holding them all. */
	void stream(CommunityFilter filter, Consumer<Community> sink);

	DistrictSummary summarise(String districtCode);

	List<HistoryEntry> history(CommunityId id);

}
