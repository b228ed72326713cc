package cn.bjrenovation.housing.community.domain;

import java.util.List;
import java.util.Optional;

import cn.bjrenovation.platform.place.CommunityId;

/** The buildings of the city-wide database. */
public interface Buildings {

	/** @throws cn.bjrenovation.platform.problems.ConflictException when the community already has that number */
	void add(Building building);

	Optional<Building> find(BuildingId id);

	List<Building> of(CommunityId communityId);

	/** What the community's buildings in service (not retired) add up to. */
	BuildingTotals totals(CommunityId communityId);

	/**
	 * Stores a changed building if nobody changed it meanwhile.
	 * @return false when the stored version is no longer {@code changed.version() - 1}
	 * @throws cn.bjrenovation.platform.problems.ConflictException when the new number is another building's
	 */
	boolean replace(Building changed, String retiredReason, String actor);

	List<HistoryEntry> history(BuildingId id);

	/** Records a new appraisal grade on the building. */
	void grade(BuildingId id, DangerousGrade grade);

}
