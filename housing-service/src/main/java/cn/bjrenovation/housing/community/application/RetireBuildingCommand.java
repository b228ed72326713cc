package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.validation.FieldCheck;

/** A building leaving the database (demolished, merged): why, and the version its author last read. */
public record RetireBuildingCommand(CommunityId communityId, BuildingId id, String reason, long version) {

	/** @throws cn.bjrenovation.platform.problems.InvalidInputException naming every missing or too long field */
	public static RetireBuildingCommand of(CommunityId communityId, BuildingId id, String reason, Long version) {
		new FieldCheck().plainText(reason, "reason", 500)
			.require(version != null, "version", "is required: the version you last read")
			.throwIfAny();
		return new RetireBuildingCommand(communityId, id, reason.strip(), version);
	}

}
