package cn.bjrenovation.housing.ownership.domain;

import java.util.List;
import java.util.Optional;

import cn.bjrenovation.platform.place.CommunityId;

public interface OwnershipCases {

	/** @throws cn.bjrenovation.platform.problems.ConflictException when the community already has a case */
	void add(OwnershipCase ownershipCase, String actor);

	Optional<OwnershipCase> find(OwnershipCaseId id);

	void update(OwnershipCase ownershipCase);

	/** @param districtCode null for the whole city */
	List<OwnershipCase> list(String districtCode);

	/** Whether the community's renovation has passed joint acceptance (联合验收). */
	boolean renovationAccepted(CommunityId communityId);

}
