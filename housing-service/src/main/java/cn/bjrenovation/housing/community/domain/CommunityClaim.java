package cn.bjrenovation.housing.community.domain;

import java.util.Optional;

import cn.bjrenovation.platform.place.CommitteeCode;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.ForbiddenException;
import cn.bjrenovation.platform.problems.InvalidInputException;

/**
 * What the {@code community} claim of a community-scoped caller (居委会/业委会/物管会) names: one community by its id
 * (a UUID), or every community of a residents' committee by the committee's 12-digit division code (e.g.
 * 110105017036, 劲松北社区居委会). Exactly one of {@code id} and {@code committee} is set.
 *
 * @param text the claim as the token carries it: what the duty policy compares a community's place with
 */
public record CommunityClaim(String text, CommunityId id, CommitteeCode committee) {

	/**
	 * The claim {@code reach} holds its caller to, when its grant is scoped to a community.
	 * @throws ForbiddenException naming the claim when it is neither a community id nor a committee code
	 */
	public static Optional<CommunityClaim> of(Reach reach) {
		return reach.community().map(text -> parse(text, reach.operationId()));
	}

	private static CommunityClaim parse(String text, String operation) {
		try {
			if (text.length() == 12) {
				return new CommunityClaim(text, null, CommitteeCode.parse(text, "community"));
			}
			return new CommunityClaim(text, CommunityId.parse(text, "community"), null);
		}
		catch (InvalidInputException unusable) {
			throw new ForbiddenException(operation, "the token's community claim '" + text
					+ "' is neither a community id (UUID) nor a residents' committee code (12 digits, e.g. 110105017036)");
		}
	}

	/** Whether the community is the one claimed or belongs to the committee claimed. */
	public boolean covers(Community community) {
		return id != null ? id.equals(community.id())
				: community.survey().committee() != null && committee.equals(community.survey().committee());
	}

	/** Narrows a query to the communities of this claim. */
	public CommunityFilter narrow(CommunityFilter filter) {
		return id != null ? filter.onlyCommunity(id.toString()) : filter.onlyCommittee(committee.value());
	}

}
