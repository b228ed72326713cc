package cn.bjrenovation.pipeline.street.domain;

import java.util.List;

import cn.bjrenovation.platform.place.StreetCode;

/** The communities on each street, as housing registered them. */
public interface StreetCommunities {

	/**
	 * Keeps the community, replacing what is known about it unless that has the same or a higher version (a
	 * stale fact arriving late, or one replayed, must not win). The earliest registration time seen is kept
	 * whatever the version. However often a fact is replayed, a community is held once.
	 */
	void record(StreetCommunity community);

	/** The communities on the street that have not been retired, in no particular order. */
	List<StreetCommunity> on(StreetCode street);

}
