package cn.bjrenovation.housing.vote.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.housing.vote.domain.OwnersVote;
import cn.bjrenovation.housing.vote.domain.VoteId;
import cn.bjrenovation.housing.vote.domain.VoteStatus;
import cn.bjrenovation.housing.vote.domain.Votes;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The street organises an owners' vote (业主共同决定) for a community of its street (DOMAIN.md §8: organised by STREET):
 * the matter, the question, and the electorate whose two-thirds must take part.
 */
@Service
public class OrganisingVote {

	static final String OPERATION = "housing.vote.organise";

	private final Votes votes;

	private final Communities communities;

	private final Projects projects;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	OrganisingVote(Votes votes, Communities communities, Projects projects, DutyPolicy policy, AuditTrail audit,
			Clock clock) {
		this.votes = votes;
		this.communities = communities;
		this.projects = projects;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws InvalidInputException when the community is unknown, or the project is not one of the community's
	 * @throws cn.bjrenovation.platform.problems.ForbiddenException when the community is not on the caller's street
	 */
	@Transactional
	public OwnersVote organise(Caller caller, OrganiseVoteCommand command) {
		Community community = communities.find(command.communityId())
			.orElseThrow(() -> new InvalidInputException("communityId", "no community " + command.communityId()));
		Reach reach = policy.reach(caller, OPERATION);
		reach.requireCovers(VotePlaces.of(community, reach));
		if (command.projectId() != null) {
			boolean ofCommunity = projects.find(command.projectId())
				.map(project -> project.communityId().equals(community.id()))
				.orElse(false);
			if (!ofCommunity) {
				throw new InvalidInputException("projectId",
						"no project " + command.projectId() + " of community " + community.id());
			}
		}
		OwnersVote vote = new OwnersVote(VoteId.newId(), community.id(), community.survey().districtCode(),
				community.survey().streetCode(), command.projectId(), command.matter(), command.question(),
				command.owners(), command.area(), VoteStatus.OPEN, caller.subject(),
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS), null, List.of(), null);
		votes.add(vote);
		audit.changed(OPERATION, vote.id(), command.matter() + " vote organised for community " + community.id()
				+ ": " + command.owners() + " owners, " + command.area().toPlainString() + " m²");
		return vote;
	}

}
