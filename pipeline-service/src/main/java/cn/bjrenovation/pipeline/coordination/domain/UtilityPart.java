package cn.bjrenovation.pipeline.coordination.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import cn.bjrenovation.pipeline.utility.domain.Utility;

/**
 * One utility's part of a coordination plan: its design items, the operators serving the project's district for it,
 * and the operator's answer to the invitation.
 *
 * @param operatorCodes the operators invited, by code (telecom: several)
 * @param confirmation null until confirmed
 * @param changeReasons the reasons of the last change request; empty when none
 * @param answeredBy token subject of the operator's official who answered last; null before any answer
 */
public record UtilityPart(Utility utility, List<String> operatorCodes, List<PlanItem> items, PartStatus status,
		Confirmation confirmation, List<String> changeReasons, String answeredBy, Instant answeredAt) {

	public UtilityPart {
		Objects.requireNonNull(utility, "utility");
		Objects.requireNonNull(status, "status");
		operatorCodes = List.copyOf(operatorCodes);
		items = List.copyOf(items);
		changeReasons = List.copyOf(changeReasons);
	}

	/** A part as drafted from the design: pending until city management invites the operators. */
	public static UtilityPart drafted(Utility utility, List<String> operatorCodes, List<PlanItem> items) {
		return new UtilityPart(utility, operatorCodes, items, PartStatus.PENDING, null, List.of(), null, null);
	}

	/** Sum of the items' estimated costs, fen. */
	public long estimatedCostFen() {
		return items.stream().mapToLong(PlanItem::estimatedCostFen).sum();
	}

	UtilityPart withStatus(PartStatus next) {
		return new UtilityPart(utility, operatorCodes, items, next, next == PartStatus.CONFIRMED ? confirmation : null,
				changeReasons, answeredBy, answeredAt);
	}

	UtilityPart confirmed(Confirmation given, String by, Instant at) {
		return new UtilityPart(utility, operatorCodes, items, PartStatus.CONFIRMED, given, List.of(), by, at);
	}

	UtilityPart changeRequested(List<String> reasons, String by, Instant at) {
		return new UtilityPart(utility, operatorCodes, items, PartStatus.CHANGE_REQUESTED, null, reasons, by, at);
	}

}
