package cn.bjrenovation.finance.maintenance.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.finance.maintenance.domain.DecidedVote;
import cn.bjrenovation.finance.maintenance.domain.DecidedVotes;
import org.springframework.stereotype.Service;

/**
 * Keeps the owners' decisions housing publishes ({@code VoteDecided}), so a maintenance-fund raising or use can cite
 * one by its id. Runs in the consumer's transaction; a vote heard again changes nothing.
 */
@Service
public class KeepingDecidedVote {

	private final DecidedVotes votes;

	private final Clock clock;

	KeepingDecidedVote(DecidedVotes votes, Clock clock) {
		this.votes = votes;
		this.clock = clock;
	}

	public void keep(DecidedVote vote) {
		votes.add(vote, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
	}

}
