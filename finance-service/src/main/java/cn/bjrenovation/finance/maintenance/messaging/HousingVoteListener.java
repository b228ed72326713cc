package cn.bjrenovation.finance.maintenance.messaging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.finance.maintenance.application.KeepingDecidedVote;
import cn.bjrenovation.finance.maintenance.domain.DecidedVote;
import cn.bjrenovation.finance.maintenance.domain.OwnersVote;
import cn.bjrenovation.housing.v1.VoteDecided;
import cn.bjrenovation.housing.v1.VoteFacts;
import cn.bjrenovation.housing.v1.VoteTally;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import cn.bjrenovation.platform.events.InboundEvents;
import cn.bjrenovation.platform.events.InboundEvents.Subscription;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the owners' decisions housing publishes (topic {@code housing.vote}, contract {@code housing.v1},
 * {@link VoteFacts}): one dispatch, each envelope parsed once, each event handled once; other types skipped. A vote
 * that cannot be read (ids, codes, counts, time) can never succeed and goes to {@code housing.vote.DLT}.
 */
@Component
class HousingVoteListener {

	private final InboundEvents inbound;

	private final InboundEvents.Dispatch dispatch = new InboundEvents.Dispatch();

	HousingVoteListener(InboundEvents inbound, KeepingDecidedVote keeping) {
		this.inbound = inbound;
		dispatch.on(new Subscription<>(VoteFacts.VOTE_DECIDED, VoteFacts.SCHEMA_VERSION, VoteDecided::parseFrom),
				(envelope, decided) -> keeping.keep(vote(envelope, decided)));
	}

	@KafkaListener(topics = VoteFacts.TOPIC)
	void on(List<ConsumerRecord<String, byte[]>> records) {
		inbound.handle(records, dispatch);
	}

	static DecidedVote vote(EventEnvelope envelope, VoteDecided decided) {
		String what = envelope.getType() + " " + envelope.getEventId();
		try {
			UUID vote = UUID.fromString(decided.getVoteId());
			UUID community = UUID.fromString(decided.getCommunityId());
			DistrictCode district = DistrictCode.parse(decided.getDistrictCode(), "district_code");
			UUID project = decided.getProjectId().isEmpty() ? null : UUID.fromString(decided.getProjectId());
			if (decided.getMatter() == cn.bjrenovation.housing.v1.VoteMatter.VOTE_MATTER_UNSPECIFIED
					|| decided.getMatter() == cn.bjrenovation.housing.v1.VoteMatter.UNRECOGNIZED) {
				throw new MalformedEventException(what + " decides no known matter");
			}
			if (!decided.hasDecidedAt()) {
				throw new MalformedEventException(what + " has no decision time");
			}
			if (decided.getAmountFen() < 0) {
				throw new MalformedEventException(what + ": amount " + decided.getAmountFen() + " fen");
			}
			Instant at = Instant.ofEpochSecond(decided.getDecidedAt().getSeconds(), decided.getDecidedAt().getNanos());
			VoteTally tally = decided.getTally();
			OwnersVote count = new OwnersVote(count(tally.getOwners(), what), area(tally.getAreaM2(), what),
					count(tally.getOwnersVoting(), what), area(tally.getAreaVotingM2(), what),
					count(tally.getOwnersInFavour(), what), area(tally.getAreaInFavourM2(), what),
					DecidedVote.dayOf(at), vote.toString());
			return new DecidedVote(vote, community, district.value(), decided.getStreetCode(),
					decided.getMatter().name(), project, decided.getPassed(), count, decided.getRule(),
					decided.getReason(), decided.getAmountFen(), at, envelope.getEventId());
		}
		catch (IllegalArgumentException | InvalidInputException | DateTimeException | ArithmeticException ex) {
			throw new MalformedEventException(what + " is not a vote finance can keep: " + ex.getMessage());
		}
	}

	private static int count(int owners, String what) {
		if (owners < 0) {
			throw new MalformedEventException(what + ": " + owners + " owners");
		}
		return owners;
	}

	private static BigDecimal area(double m2, String what) {
		if (!Double.isFinite(m2) || m2 < 0 || m2 >= 1e12) {
			throw new MalformedEventException(what + ": an area of " + m2 + " m²");
		}
		return BigDecimal.valueOf(m2).setScale(2, RoundingMode.HALF_UP);
	}

}
