package cn.bjrenovation.housing.ownership.domain;

import java.util.UUID;

import cn.bjrenovation.housing.community.domain.CommunityId;
import cn.bjrenovation.platform.problems.ConflictException;

/**
 * A community owned by a state body and its 三供一业 handover. The rule 先改造、后移交: the handover completes
 * only after the community's renovation has passed joint acceptance.
 */
public record OwnershipCase(UUID id, CommunityId communityId, OwnershipKind kind, String ownerName,
		HandoverStatus handoverStatus) {

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
