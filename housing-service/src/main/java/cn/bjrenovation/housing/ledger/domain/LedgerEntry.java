package cn.bjrenovation.housing.ledger.domain;

import java.time.LocalDate;

import cn.bjrenovation.housing.community.domain.Building;

/** A building in the 危楼/简易楼 ledger, with where it is and its latest plan. */
public record LedgerEntry(Building building, String communityName, String districtCode, String streetCode,
		double latitude, double longitude, RenovationPlan plan, PlanStatus planStatus, LocalDate appraisedOn) {
}
