package cn.bjrenovation.planning.community.domain;

import java.util.Optional;

import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.StreetCode;

/** planning's read model of housing's communities. */
public interface RegisteredCommunities {

	/**
	 * Keeps the community, replacing what is known about it unless that has the same or a higher version (a
	 * stale fact arriving late, or one replayed, must not win). The earliest registration time seen is kept
	 * whatever the version. However often a fact is replayed, a community is held once.
	 */
	void record(RegisteredCommunity community);

	/** The community, retired or not. */
	Optional<RegisteredCommunity> find(CommunityId id);

	/** Communities on the street that have not been retired. */
	int countOnStreet(StreetCode street);

}
