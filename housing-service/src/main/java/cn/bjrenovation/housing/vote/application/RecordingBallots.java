package cn.bjrenovation.housing.vote.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.housing.vote.domain.OwnersVote;
import cn.bjrenovation.housing.vote.domain.Votes;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community organisation records the owners' ballots on an open vote of its community (DOMAIN.md §8: recorded by
 * COMMUNITY_ORG): each unit once, with its exclusive area, so both counts can be checked.
 */
@Service
public class RecordingBallots {

	static final String OPERATION = "housing.vote.ballots";

	private final VisibleVotes visible;

	private final Votes votes;

	private final AuditTrail audit;

	private final Clock clock;

	RecordingBallots(VisibleVotes visible, Votes votes, AuditTrail audit, Clock clock) {
		this.visible = visible;
		this.votes = votes;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws cn.bjrenovation.platform.problems.NotFoundException when the vote is unknown or outside the caller's reach
	 * @throws cn.bjrenovation.platform.problems.ConflictException when it is closed, or a unit has voted already
	 */
	@Transactional
	public OwnersVote record(Caller caller, RecordBallotsCommand command) {
		OwnersVote vote = visible.require(caller, OPERATION, command.voteId());
		OwnersVote recorded = vote.withBallots(command.ballots());
		votes.addBallots(vote.id(), command.ballots(), caller.subject(),
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		audit.changed(OPERATION, vote.id(), command.ballots().size() + " ballot(s) recorded, "
				+ recorded.ballots().size() + " in all");
		return recorded;
	}

}
