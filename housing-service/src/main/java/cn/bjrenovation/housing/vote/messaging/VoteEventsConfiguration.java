package cn.bjrenovation.housing.vote.messaging;

import cn.bjrenovation.housing.messaging.EventRoutes;
import cn.bjrenovation.housing.vote.domain.OwnersVote;
import cn.bjrenovation.housing.vote.domain.VoteDecided;
import cn.bjrenovation.housing.vote.domain.VoteTally;
import cn.bjrenovation.housing.v1.VoteFacts;
import cn.bjrenovation.housing.v1.VoteMatter;
import cn.bjrenovation.platform.events.OutboundEvents;
import com.google.protobuf.Timestamp;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The owners' decisions housing publishes on {@code housing.vote} (contract {@code housing.v1}, {@link VoteFacts}),
 * keyed by community id: finance reads a passed fund vote as the evidence a raising or use needs.
 */
@Configuration(proxyBeanMethods = false)
class VoteEventsConfiguration {

	static OutboundEvents routes(OutboundEvents events) {
		return events.publish(VoteDecided.class, VoteFacts.TOPIC, VoteFacts.SCHEMA_VERSION,
				event -> payload(event.vote()));
	}

	static cn.bjrenovation.housing.v1.VoteDecided payload(OwnersVote vote) {
		VoteTally tally = vote.result().tally();
		var closed = vote.closedAt();
		return cn.bjrenovation.housing.v1.VoteDecided.newBuilder()
			.setVoteId(vote.id().toString())
			.setCommunityId(vote.communityId().toString())
			.setDistrictCode(vote.districtCode())
			.setStreetCode(vote.streetCode())
			.setMatter(VoteMatter.valueOf(vote.matter().name()))
			.setProjectId(vote.projectId() == null ? "" : vote.projectId().toString())
			.setPassed(vote.passed())
			.setTally(cn.bjrenovation.housing.v1.VoteTally.newBuilder()
				.setOwners(tally.owners())
				.setAreaM2(tally.area().doubleValue())
				.setOwnersVoting(tally.ownersVoting())
				.setAreaVotingM2(tally.areaVoting().doubleValue())
				.setOwnersInFavour(tally.ownersFor())
				.setAreaInFavourM2(tally.areaFor().doubleValue()))
			.setRule(vote.result().rule())
			.setReason(String.join("; ", vote.result().reasons()))
			.setDecidedAt(Timestamp.newBuilder().setSeconds(closed.getEpochSecond()).setNanos(closed.getNano()))
			.build();
	}

	@Bean
	static EventRoutes voteEventRoutes() {
		return VoteEventsConfiguration::routes;
	}

}
