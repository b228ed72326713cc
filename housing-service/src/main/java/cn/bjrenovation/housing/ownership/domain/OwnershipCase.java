package cn.bjrenovation.housing.ownership.domain;

import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.PropertyRights;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.problems.ConflictException;

/**
 * A community owned by a state body and its 三供一业 handover. The rule 先改造、后移交: the handover completes
 * only after the community's renovation has passed joint acceptance.
 */
public record OwnershipCase(OwnershipCaseId id, CommunityId communityId, OwnershipKind kind, String ownerName,
		HandoverStatus handoverStatus) {

	/**
	 * Where a case of this kind on the community lies as the duty policy sees it: the community's place, its
	 * property rights fact being the case's kind (SASAC keeps 市属非经 cases only).
	 */
	public static Place place(Community community, OwnershipKind kind) {
		return community.place().with(PropertyRights.FACT, kind.rights().name());
	}

	/** @throws ConflictException when completing before acceptance, or going back from completed */
	public OwnershipCase moveTo(HandoverStatus next, boolean renovationAccepted) {
		if (handoverStatus == HandoverStatus.COMPLETED && next != HandoverStatus.COMPLETED) {
			throw new ConflictException("the handover of community " + communityId + " is completed; it cannot go back");
		}
		if (next == HandoverStatus.COMPLETED && !renovationAccepted) {
			throw new ConflictException("先改造、后移交: the handover of community " + communityId
					+ " cannot complete before its renovation has passed joint acceptance");
		}
		return new OwnershipCase(id, communityId, kind, ownerName, next);
	}

}
