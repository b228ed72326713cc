package cn.bjrenovation.housing.vote.domain;

import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.envelope.IntegrationEvent;

/** The street closed an owners' vote and its result was computed; keyed by the community. */
public record VoteDecided(EventMetadata metadata, OwnersVote vote) implements IntegrationEvent {

	/** The fact's name on {@code housing.vote} (contract {@code housing.v1}, {@code VoteFacts}). */
	public static final String TYPE = "VoteDecided";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String aggregateId() {
		return vote.communityId().toString();
	}

}
