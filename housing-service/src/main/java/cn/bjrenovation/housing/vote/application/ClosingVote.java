package cn.bjrenovation.housing.vote.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.housing.vote.domain.OwnersVote;
import cn.bjrenovation.housing.vote.domain.VoteDecided;
import cn.bjrenovation.housing.vote.domain.VoteRules;
import cn.bjrenovation.housing.vote.domain.Votes;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The street closes a vote it organised: the matter's thresholds in force (table {@code vote_rule}) compute the
 * result, PASSED or FAILED naming each threshold missed, published as {@code VoteDecided} on {@code housing.vote}.
 */
@Service
public class ClosingVote {

	static final String OPERATION = "housing.vote.close";

	private final VisibleVotes visible;

	private final Votes votes;

	private final VoteRules rules;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	ClosingVote(VisibleVotes visible, Votes votes, VoteRules rules, ApplicationEventPublisher events,
			AuditTrail audit, Clock clock) {
		this.visible = visible;
		this.votes = votes;
		this.rules = rules;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws cn.bjrenovation.platform.problems.NotFoundException when the vote is unknown or outside the caller's reach
	 * @throws cn.bjrenovation.platform.problems.ConflictException when it is closed already
	 */
	@Transactional
	public OwnersVote close(Caller caller, cn.bjrenovation.housing.vote.domain.VoteId id) {
		OwnersVote vote = visible.require(caller, OPERATION, id);
		OwnersVote closed = vote.close(rules.of(vote.matter()), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		votes.closed(closed);
		events.publishEvent(new VoteDecided(EventMetadata.capture(), closed));
		audit.changed(OPERATION, id, closed.status() + " under " + closed.result().rule()
				+ (closed.result().reasons().isEmpty() ? "" : ": " + String.join("; ", closed.result().reasons())));
		return closed;
	}

}
