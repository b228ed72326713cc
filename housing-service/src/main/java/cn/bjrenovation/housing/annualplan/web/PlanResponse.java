package cn.bjrenovation.housing.annualplan.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.housing.annualplan.domain.AnnualPlan;
import cn.bjrenovation.housing.annualplan.domain.BasicShareMeasure;
import cn.bjrenovation.housing.annualplan.domain.FiscalCapacity;
import cn.bjrenovation.housing.annualplan.domain.PlanChange;
import cn.bjrenovation.housing.annualplan.domain.PlanEntry;
import cn.bjrenovation.housing.annualplan.domain.PlanRules;
import cn.bjrenovation.housing.annualplan.domain.PlanTotals;
import cn.bjrenovation.housing.project.domain.ProjectId;

/**
 * A year's plan as officials read it (areas in m², money in fen, shares 0..1): its totals, the basic-class share by
 * floor area and by count against the 20% floor, the fiscal capacity finance reported at the last change and how much
 * of it the subsidy estimate uses, the totals by task class and by district, every task, and every change.
 *
 * @param districtCode the district whose part this is; null for the whole city (whose totals then fill the rest)
 */
record PlanResponse(int year, String districtCode, int version, Totals totals, BasicShare basicShare,
		FiscalCapacityUsed fiscalCapacity, Map<String, Totals> byClass, List<DistrictTotals> byDistrict,
		List<Entry> projects, List<Change> history) {

	record Totals(int projects, BigDecimal floorArea, long subsidyEstimateFen, int basicProjects,
			BigDecimal basicFloorArea) {

		static Totals of(PlanTotals totals) {
			return new Totals(totals.projects(), totals.floorArea(), totals.subsidyFen(), totals.basicProjects(),
					totals.basicFloorArea());
		}

	}

	/** The 20% rule: the measure it is held to, the floor, and both shares. */
	record BasicShare(String measure, BigDecimal required, BigDecimal byFloorArea, BigDecimal byCount, String clause) {

		static BasicShare of(PlanTotals totals, BasicShareMeasure measure) {
			return new BasicShare(measure.name(), BigDecimal.valueOf(PlanRules.MIN_BASIC_PERCENT, 2),
					totals.basicShareByArea(), totals.basicShareByCount(), PlanRules.BASIC_SHARE_CLAUSE);
		}

	}

	/** What finance reported at the last change, and the share of the available budget the city's estimate uses. */
	record FiscalCapacityUsed(long budgetedFen, long availableFen, int budgetLines, long subsidyEstimateFen,
			BigDecimal usedShare, Instant checkedAt) {

		static FiscalCapacityUsed of(FiscalCapacity capacity, long estimate, Instant at) {
			BigDecimal used = capacity.availableFen() == 0 ? BigDecimal.ZERO
					: BigDecimal.valueOf(estimate).divide(BigDecimal.valueOf(capacity.availableFen()), 6,
							RoundingMode.HALF_EVEN);
			return new FiscalCapacityUsed(capacity.budgetedFen(), capacity.availableFen(), capacity.budgetLines(),
					estimate, used, at);
		}

	}

	record DistrictTotals(String districtCode, int projects, BigDecimal floorArea, long subsidyEstimateFen,
			int basicProjects, BigDecimal basicFloorArea) {
	}

	record Entry(String projectId, String communityId, String communityName, String districtCode, String streetCode,
			String taskClass, BigDecimal floorArea, long subsidyEstimateFen) {

		static Entry of(PlanEntry entry) {
			return new Entry(entry.projectId().toString(), entry.communityId().toString(), entry.communityName(),
					entry.districtCode(), entry.streetCode(), entry.taskClass().name(), entry.floorArea(),
					entry.subsidyFen());
		}

	}

	/** One change: compiled or adjusted, by whom, when, why, which projects, and the city's figures after it. */
	record Change(int sequence, String kind, List<String> added, List<String> removed, List<String> reasons,
			String subject, String role, String scope, Instant at, Totals totals, BigDecimal basicShareByFloorArea,
			BigDecimal basicShareByCount, String measure, long availableFen) {

		static Change of(PlanChange change) {
			return new Change(change.sequence(), change.kind().name(), ids(change.added()), ids(change.removed()),
					change.reasons(), change.actor().subject(), change.actor().role(), change.actor().scope(),
					change.at(), Totals.of(change.totals()), change.totals().basicShareByArea(),
					change.totals().basicShareByCount(), change.measure().name(), change.capacity().availableFen());
		}

		private static List<String> ids(List<ProjectId> ids) {
			return ids.stream().map(ProjectId::toString).toList();
		}

	}

	static PlanResponse of(AnnualPlan plan, BasicShareMeasure measure) {
		return of(plan, null, plan.entries(), measure);
	}

	static PlanResponse ofDistrict(AnnualPlan plan, String districtCode, BasicShareMeasure measure) {
		return of(plan, districtCode, plan.entriesOf(districtCode), measure);
	}

	private static PlanResponse of(AnnualPlan plan, String districtCode, Collection<PlanEntry> entries,
			BasicShareMeasure measure) {
		PlanTotals totals = PlanTotals.of(entries);
		Map<String, Totals> byClass = new java.util.LinkedHashMap<>();
		PlanTotals.byClass(entries).forEach((itemClass, classTotals) -> byClass.put(itemClass.name(), Totals.of(classTotals)));
		List<DistrictTotals> byDistrict = PlanTotals.byDistrict(entries)
			.entrySet()
			.stream()
			.map(district -> new DistrictTotals(district.getKey(), district.getValue().projects(),
					district.getValue().floorArea(), district.getValue().subsidyFen(), district.getValue().basicProjects(),
					district.getValue().basicFloorArea()))
			.toList();
		return new PlanResponse(plan.year(), districtCode, plan.version(), Totals.of(totals), BasicShare.of(totals, measure),
				FiscalCapacityUsed.of(plan.capacity(), plan.totals().subsidyFen(), plan.last().at()), byClass, byDistrict,
				entries.stream().map(Entry::of).toList(), plan.history().stream().map(Change::of).toList());
	}

}
