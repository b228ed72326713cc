package cn.bjrenovation.housing.vote.application;

import java.util.List;
import java.util.Optional;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityClaim;
import cn.bjrenovation.housing.vote.domain.OwnersVote;
import cn.bjrenovation.housing.vote.domain.Votes;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommitteeCode;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.NotFoundException;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's votes, the latest first (a community outside the caller's reach reads as unknown); without a community,
 * the latest votes of the caller's own place.
 */
@Service
public class ListingVotes {

	static final String OPERATION = "housing.vote.list";

	/** How many of the latest votes a list without a community shows. */
	static final int LATEST = 500;

	private final Votes votes;

	private final Communities communities;

	private final DutyPolicy policy;

	ListingVotes(Votes votes, Communities communities, DutyPolicy policy) {
		this.votes = votes;
		this.communities = communities;
		this.policy = policy;
	}

	/**
	 * @param communityId the community whose votes to list; null: the latest votes in the caller's own place
	 * @throws InvalidInputException when the community id is not one
	 * @throws NotFoundException when the community is unknown or outside the caller's reach
	 */
	@Transactional(readOnly = true)
	public List<OwnersVote> list(Caller caller, String communityId) {
		Reach reach = policy.reach(caller, OPERATION);
		if (communityId == null || communityId.isBlank()) {
			Optional<CommunityClaim> claim = CommunityClaim.of(reach);
			return votes.latest(reach.district().orElse(null), reach.street().orElse(null),
					claim.map(CommunityClaim::committee).map(CommitteeCode::value).orElse(null),
					claim.map(CommunityClaim::id).orElse(null), LATEST);
		}
		FieldCheck check = new FieldCheck();
		CommunityId id = check.parsed(() -> CommunityId.parse(communityId, "communityId"));
		check.throwIfAny();
		Community community = communities.find(id).orElseThrow(() -> new NotFoundException("community", id));
		reach.requireVisible(VotePlaces.of(community, reach), "community", id);
		return votes.ofCommunity(id);
	}

}
