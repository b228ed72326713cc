package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.CommunityFacts;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.validation.FieldCheck;

/** A correction of a community's surveyed facts, naming the version its author last read. */
public record CorrectCommunityCommand(CommunityId id, CommunityFacts facts, long version) {

	/** @throws cn.bjrenovation.platform.problems.InvalidInputException when the version is missing */
	public static CorrectCommunityCommand of(CommunityId id, CommunityFacts facts, Long version) {
		new FieldCheck().require(version != null, "version", "is required: the version you last read").throwIfAny();
		return new CorrectCommunityCommand(id, facts, version);
	}

}
