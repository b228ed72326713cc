package cn.bjrenovation.planning.illegalconstruction.application;

import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstruction;
import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstructionDecision;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/** The commission's determination of an illegal construction on a community: what, where, the decision. */
public record DetermineIllegalConstructionCommand(CommunityId communityId, String what, String location,
		IllegalConstructionDecision decision) {

	/** @throws InvalidInputException listing every bad field */
	public static DetermineIllegalConstructionCommand of(String communityId, String what, String location,
			String decision) {
		FieldCheck check = new FieldCheck();
		CommunityId community = check.parsed(() -> CommunityId.parse(communityId, "communityId"));
		check.plainText(what, "what", IllegalConstruction.MAX_TEXT);
		check.plainText(location, "location", IllegalConstruction.MAX_TEXT);
		IllegalConstructionDecision chosen = null;
		if (decision == null || decision.isBlank()) {
			check.present(null, "decision");
		}
		else {
			try {
				chosen = IllegalConstructionDecision.valueOf(decision.strip().toUpperCase());
			}
			catch (IllegalArgumentException ex) {
				check.require(false, "decision", "'" + decision.strip() + "' is not DEMOLISH or RECTIFY");
			}
		}
		check.throwIfAny();
		return new DetermineIllegalConstructionCommand(community, what.strip(), location.strip(), chosen);
	}

}
