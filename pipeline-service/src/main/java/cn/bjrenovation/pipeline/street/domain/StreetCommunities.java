package cn.bjrenovation.pipeline.street.domain;

import java.util.List;

/** The communities on each street, as housing registered them. */
public interface StreetCommunities {

	/**
	 * Keeps the community, replacing what is known about it unless that was registered later (an older fact
	 * arriving late must not win). However often a fact is replayed, a community is held once.
	 */
	void record(StreetCommunity community);

	/** The communities on the street, in no particular order. */
	List<StreetCommunity> on(StreetCode street);

}
