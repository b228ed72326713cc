package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.validation.FieldCheck;

/** A community leaving the database (merged, demolished): why, and the version its author last read. */
public record RetireCommunityCommand(CommunityId id, String reason, long version) {

	/** @throws cn.bjrenovation.platform.problems.InvalidInputException naming every missing or too long field */
	public static RetireCommunityCommand of(CommunityId id, String reason, Long version) {
		new FieldCheck().plainText(reason, "reason", 500)
			.require(version != null, "version", "is required: the version you last read")
			.throwIfAny();
		return new RetireCommunityCommand(id, reason.strip(), version);
	}

}
