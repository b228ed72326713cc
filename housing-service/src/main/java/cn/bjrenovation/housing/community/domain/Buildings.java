package cn.bjrenovation.housing.community.domain;

import java.util.List;
import java.util.Optional;

/** The buildings of the city-wide database. */
public interface Buildings {

	/** @throws cn.bjrenovation.platform.problems.ConflictException when the community already has that number */
	void add(Building building);

	Optional<Building> find(BuildingId id);

	List<Building> of(CommunityId communityId);

	BuildingTotals totals(CommunityId communityId);

	/** Records a new appraisal grade on the building. */
	void grade(BuildingId id, DangerousGrade grade);

}
