package cn.bjrenovation.planning.illegalconstruction.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.platform.place.CommunityId;

/** Illegal-construction determinations, per community. */
public interface IllegalConstructions {

	void add(IllegalConstruction determination);

	Optional<IllegalConstruction> find(UUID id);

	/**
	 * Records the resolution of a determination that is still open.
	 * @return false when it was resolved meanwhile
	 */
	boolean resolved(IllegalConstruction resolved);

	/** The community's determinations, oldest first. */
	List<IllegalConstruction> of(CommunityId communityId);

	/** The community's open determinations, oldest first. */
	default List<IllegalConstruction> openOn(CommunityId communityId) {
		return of(communityId).stream().filter(IllegalConstruction::open).toList();
	}

}
