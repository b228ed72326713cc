package cn.bjrenovation.housing.vote.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.bjrenovation.platform.place.CommunityId;

/** The owners' votes, with every ballot. */
public interface Votes {

	void add(OwnersVote vote);

	Optional<OwnersVote> find(VoteId id);

	/**
	 * Stores ballots recorded on an open vote.
	 * @throws cn.bjrenovation.platform.problems.ConflictException when a unit has voted already (naming it)
	 */
	void addBallots(VoteId id, List<Ballot> ballots, String recordedBy, Instant at);

	/**
	 * Stores the result of a vote that was open.
	 * @throws cn.bjrenovation.platform.problems.ConflictException when someone closed it meanwhile
	 */
	void closed(OwnersVote vote);

	/** The community's votes, the latest first. */
	List<OwnersVote> ofCommunity(CommunityId community);

	/**
	 * The latest votes (at most {@code limit}) in a place, the latest first.
	 * @param districtCode null: any district
	 * @param streetCode null: any street
	 * @param committeeCode null: any residents' committee
	 * @param community null: any community
	 */
	List<OwnersVote> latest(String districtCode, String streetCode, String committeeCode, CommunityId community,
			int limit);

}
