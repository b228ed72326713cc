package cn.bjrenovation.housing.ownership.application;

import cn.bjrenovation.housing.ownership.domain.HandoverStatus;
import cn.bjrenovation.housing.ownership.domain.OwnershipCaseId;
import cn.bjrenovation.platform.validation.FieldCheck;

/** The 三供一业 handover of a case moved on to a status. */
public record MoveHandoverCommand(OwnershipCaseId caseId, HandoverStatus status) {

	/** @throws cn.bjrenovation.platform.problems.InvalidInputException when the status is not one of the handover's */
	public static MoveHandoverCommand of(OwnershipCaseId caseId, String status) {
		FieldCheck check = new FieldCheck();
		HandoverStatus next = check.choice(status, "handoverStatus", HandoverStatus.class);
		check.throwIfAny();
		return new MoveHandoverCommand(caseId, next);
	}

}
