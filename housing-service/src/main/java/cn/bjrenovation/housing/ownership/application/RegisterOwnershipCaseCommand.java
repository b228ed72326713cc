package cn.bjrenovation.housing.ownership.application;

import cn.bjrenovation.housing.ownership.domain.OwnershipKind;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/** A community held by a state body, to be followed through its 三供一业 handover. */
public record RegisterOwnershipCaseCommand(CommunityId communityId, OwnershipKind kind, String ownerName) {

	/** @throws InvalidInputException naming every bad field at once */
	public static RegisterOwnershipCaseCommand of(String communityId, String kind, String ownerName) {
		FieldCheck check = new FieldCheck();
		CommunityId community = check.parsed(() -> CommunityId.parse(communityId, "communityId"));
		OwnershipKind ownershipKind = check.choice(kind, "kind", OwnershipKind.class);
		check.plainText(ownerName, "ownerName", 200).throwIfAny();
		return new RegisterOwnershipCaseCommand(community, ownershipKind, ownerName.strip());
	}

}
