package cn.bjrenovation.housing.vote.application;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.vote.domain.OwnersVote;
import cn.bjrenovation.housing.vote.domain.VoteId;
import cn.bjrenovation.housing.vote.domain.Votes;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Component;

/** A vote as one operation may touch it: outside the caller's reach it is answered exactly like an unknown id. */
@Component
class VisibleVotes {

	private final Votes votes;

	private final Communities communities;

	private final DutyPolicy policy;

	VisibleVotes(Votes votes, Communities communities, DutyPolicy policy) {
		this.votes = votes;
		this.communities = communities;
		this.policy = policy;
	}

	/** @throws NotFoundException when there is no such vote, or none the caller may touch under the operation */
	OwnersVote require(Caller caller, String operation, VoteId id) {
		Reach reach = policy.reach(caller, operation);
		OwnersVote vote = votes.find(id).orElseThrow(() -> new NotFoundException("vote", id));
		Community community = communities.find(vote.communityId()).orElseThrow();
		reach.requireVisible(VotePlaces.of(community, reach), "vote", id);
		return vote;
	}

}
