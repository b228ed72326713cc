package cn.bjrenovation.finance.maintenance.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The owners' decisions heard from housing, by vote id. */
public interface DecidedVotes {

	/** Keeps the vote unless it is kept already; whether it was added now. */
	boolean add(DecidedVote vote, Instant heardAt);

	Optional<DecidedVote> find(UUID voteId);

}
