package cn.bjrenovation.housing.ledger.domain;

import java.time.Instant;
import java.time.LocalDate;

import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.housing.community.domain.DangerousGrade;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * One appraisal of a building (JGJ 125 grade) with its plan. A dangerous building (C or D) needs a plan
 * (一楼一策); relocation and rebuilding are for dangerous buildings only.
 */
public record Appraisal(BuildingId buildingId, DangerousGrade grade, RenovationPlan plan, PlanStatus planStatus,
		LocalDate appraisedOn, String note, Instant recordedAt, String recordedBy) {

	public static Appraisal check(BuildingId buildingId, String grade, String plan, String planStatus,
			LocalDate appraisedOn, String note, LocalDate today, Instant now, String recordedBy) {
		FieldCheck check = new FieldCheck();
		DangerousGrade g = check.choice(grade, "grade", DangerousGrade.class);
		RenovationPlan p = plan == null || plan.isBlank() ? null : check.choice(plan, "plan", RenovationPlan.class);
		PlanStatus s = planStatus == null || planStatus.isBlank() ? null
				: check.choice(planStatus, "planStatus", PlanStatus.class);
		check.present(appraisedOn, "appraisedOn");
		if (appraisedOn != null) {
			check.require(!appraisedOn.isAfter(today), "appraisedOn", appraisedOn + " is in the future");
		}
		if (g != null && g.dangerous()) {
			check.require(p != null, "plan", "a grade " + g + " building needs its plan (一楼一策): REINFORCE, "
					+ "REBUILD_IN_PLACE or RELOCATE");
		}
		if (g != null && !g.dangerous() && p != null) {
			check.require(p == RenovationPlan.REINFORCE, "plan",
					p + " is for dangerous buildings (grade C or D), not grade " + g);
		}
		if (note != null && !note.isBlank()) {
			check.plainText(note, "note", 1000);
		}
		check.throwIfAny();
		return new Appraisal(buildingId, g, p, p == null ? null : (s == null ? PlanStatus.PLANNED : s), appraisedOn,
				note == null ? "" : note.strip(), now, recordedBy);
	}

}
