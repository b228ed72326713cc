package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.BuildingFacts;
import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.validation.FieldCheck;

/** A correction of a building's surveyed facts, naming the version its author last read. */
public record CorrectBuildingCommand(CommunityId communityId, BuildingId id, BuildingFacts facts, long version) {

	/** @throws cn.bjrenovation.platform.problems.InvalidInputException when the version is missing */
	public static CorrectBuildingCommand of(CommunityId communityId, BuildingId id, BuildingFacts facts, Long version) {
		new FieldCheck().require(version != null, "version", "is required: the version you last read").throwIfAny();
		return new CorrectBuildingCommand(communityId, id, facts, version);
	}

}
