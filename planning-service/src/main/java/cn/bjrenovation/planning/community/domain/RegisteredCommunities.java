package cn.bjrenovation.planning.community.domain;

import java.util.Optional;
import java.util.UUID;

/** planning's read model of housing's communities. */
public interface RegisteredCommunities {

	/**
	 * Keeps the community, replacing what is known about it unless that was registered later (an older fact
	 * arriving late must not win). However often a fact is replayed, a community is held once.
	 */
	void record(RegisteredCommunity community);

	Optional<RegisteredCommunity> find(UUID id);

	int countOnStreet(String streetCode);

}
