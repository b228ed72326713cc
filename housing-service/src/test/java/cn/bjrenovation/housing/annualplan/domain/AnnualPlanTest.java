package cn.bjrenovation.housing.annualplan.domain;

import java.math.BigDecimal;
import java.util.List;

import cn.bjrenovation.housing.project.domain.ItemClass;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.problems.ConflictException;
import org.junit.jupiter.api.Test;

import static cn.bjrenovation.housing.annualplan.domain.PlanFixtures.BASIC;
import static cn.bjrenovation.housing.annualplan.domain.PlanFixtures.BY_AREA;
import static cn.bjrenovation.housing.annualplan.domain.PlanFixtures.BY_COUNT;
import static cn.bjrenovation.housing.annualplan.domain.PlanFixtures.COMPLETE;
import static cn.bjrenovation.housing.annualplan.domain.PlanFixtures.HOUSING;
import static cn.bjrenovation.housing.annualplan.domain.PlanFixtures.NOW;
import static cn.bjrenovation.housing.annualplan.domain.PlanFixtures.UPGRADE;
import static cn.bjrenovation.housing.annualplan.domain.PlanFixtures.reserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnualPlanTest {

	/** Plenty: no plan of these tests comes near it unless it means to. */
	private final PlanFixtures.Finance finance = new PlanFixtures.Finance(1_000_000_000_000L);

	@Test
	void compilesAPlanWhoseBasicTasksAreExactlyTwentyPercentOfTheFloorArea() {
		RenovationProject basic = reserved(20_000, BASIC);
		RenovationProject complete = reserved("110108", 80_000, COMPLETE);

		AnnualPlan plan = AnnualPlan.compile(2026, List.of(basic, complete), BY_AREA, finance, HOUSING, NOW);

		assertThat(plan.totals().basicShareByArea()).isEqualByComparingTo("0.2");
		assertThat(plan.totals().basicShareByCount()).isEqualByComparingTo("0.5");
		assertThat(plan.totals().floorArea()).isEqualByComparingTo("100000");
		assertThat(PlanTotals.byClass(plan.entries()).get(ItemClass.COMPLETE).projects()).isEqualTo(1);
		assertThat(PlanTotals.byClass(plan.entries()).get(ItemClass.UPGRADE)).isEqualTo(PlanTotals.NONE);
		assertThat(PlanTotals.byDistrict(plan.entries())).containsOnlyKeys("110105", "110108");
		assertThat(plan.entriesOf("110108")).extracting(PlanEntry::projectId).containsExactly(complete.id());
		assertThat(plan.history()).singleElement().satisfies(change -> {
			assertThat(change.kind()).isEqualTo(PlanChange.Kind.COMPILED);
			assertThat(change.added()).containsExactly(basic.id(), complete.id());
			assertThat(change.actor()).isEqualTo(HOUSING);
		});
		assertThat(finance.asked).isEqualTo(1);
	}

	@Test
	void basicShareBelowTwentyPercentIsRefusedWithBothSharesAndFinanceIsNotAsked() {
		List<RenovationProject> projects = List.of(reserved(15_000, BASIC), reserved(85_000, COMPLETE));

		assertThatThrownBy(() -> AnnualPlan.compile(2026, projects, BY_AREA, finance, HOUSING, NOW))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("rule basic-share-at-least-20-percent")
			.hasMessageContaining("§三(一) 编制年度任务计划: 市属老旧小区年度基础类改造任务按照不低于总任务量20%的标准安排")
			.hasMessageContaining("15.0% of the plan of 2026's total task volume by floor area")
			.hasMessageContaining("by count 50.0%: 1 of 2 projects");
		assertThat(finance.asked).isZero();
	}

	@Test
	void theVolumeIsMeasuredAsTheSettingSays() {
		List<RenovationProject> fewLargeBasic = List.of(reserved(60_000, BASIC), reserved(10_000, COMPLETE),
				reserved(10_000, COMPLETE), reserved(10_000, UPGRADE), reserved(10_000, UPGRADE), reserved(10_000, UPGRADE));

		assertThat(AnnualPlan.compile(2026, fewLargeBasic, BY_AREA, finance, HOUSING, NOW).totals().basicShareByArea())
			.isEqualByComparingTo("0.545455");
		assertThatThrownBy(() -> AnnualPlan.compile(2026, fewLargeBasic, BY_COUNT, finance, HOUSING, NOW))
			.hasMessageContaining("16.7% of the plan of 2026's total task volume by count");
	}

	@Test
	void aTaskIsOfTheClassOfItsMostAdvancedItemSoOnlyABasicOnlyTaskIsBasic() {
		assertThat(PlanEntry.of(reserved(1_000, BASIC), PlanFixtures.RATES).taskClass()).isEqualTo(ItemClass.BASIC);
		assertThat(PlanEntry.of(reserved(1_000, COMPLETE), PlanFixtures.RATES).taskClass()).isEqualTo(ItemClass.COMPLETE);
		assertThat(PlanEntry.of(reserved(1_000, "ELEVATOR_ADDITION", "ELDERLY_CARE", "WATER_SUPPLY"), PlanFixtures.RATES)
			.taskClass()).isEqualTo(ItemClass.UPGRADE);
	}

	@Test
	void theSubsidyEstimateIsTheFloorAreaTimesTheRatesOfTheClassesWanted() {
		assertThat(PlanFixtures.RATES.estimate(reserved(1_000, BASIC))).isEqualTo(1_000 * 20_000L);
		assertThat(PlanFixtures.RATES.estimate(reserved(1_000, COMPLETE))).isEqualTo(1_000 * 25_000L);
		assertThat(PlanFixtures.RATES.estimate(reserved(1_000, UPGRADE))).isEqualTo(1_000 * 20_000L);
	}

	@Test
	void aSubsidyEstimateBeyondTheFiscalCapacityIsRefusedNamingBothFigures() {
		List<RenovationProject> projects = List.of(reserved(20_000, BASIC), reserved(80_000, COMPLETE));
		long estimate = 20_000 * 20_000L + 80_000 * 25_000L;

		assertThat(AnnualPlan.compile(2026, projects, BY_AREA, new PlanFixtures.Finance(estimate), HOUSING, NOW)
			.totals()
			.subsidyFen()).isEqualTo(estimate);
		assertThatThrownBy(() -> AnnualPlan.compile(2026, projects, BY_AREA, new PlanFixtures.Finance(estimate - 1),
				HOUSING, NOW))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("rule within-fiscal-capacity")
			.hasMessageContaining("在做好财政承受能力评估基础上")
			.hasMessageContaining("¥24000000.00 (2400000000 fen), exceeds the fiscal capacity")
			.hasMessageContaining("(2399999999 fen) available");
	}

	@Test
	void onlyReservedProjectsArePlannedAndTheRefusalNamesEachOther() {
		RenovationProject planned = reserved(20_000, BASIC).plan(2025, HOUSING, NOW);
		RenovationProject ready = reserved(20_000, BASIC);

		assertThatThrownBy(() -> AnnualPlan.compile(2026, List.of(ready, planned), BY_AREA, finance, HOUSING, NOW))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("rule only-reserved-projects")
			.hasMessageContaining(planned.id() + " (" + planned.community().name() + ") is PLANNED in the plan of 2025")
			.hasMessageNotContaining(ready.id().toString());
	}

	@Test
	void anAdjustmentAddsAndRemovesForItsReasonsAndChecksBothRulesAgain() {
		RenovationProject basic = reserved(30_000, BASIC);
		RenovationProject complete = reserved(70_000, COMPLETE);
		AnnualPlan plan = AnnualPlan.compile(2026, List.of(basic, complete), BY_AREA, finance, HOUSING, NOW);
		RenovationProject another = reserved(10_000, BASIC);

		AnnualPlan adjusted = plan.adjust(List.of(another), List.of(complete.id()), List.of("居民意见未统一，调出"), BY_AREA,
				finance, HOUSING, NOW.plusSeconds(60));

		assertThat(adjusted.entries()).extracting(PlanEntry::projectId).containsExactly(basic.id(), another.id());
		assertThat(adjusted.version()).isEqualTo(2);
		assertThat(adjusted.last().kind()).isEqualTo(PlanChange.Kind.ADJUSTED);
		assertThat(adjusted.last().removed()).containsExactly(complete.id());
		assertThat(adjusted.last().reasons()).containsExactly("居民意见未统一，调出");
		assertThat(plan.entries()).hasSize(2).as("the plan adjusted is left as it was");

		assertThatThrownBy(() -> plan.adjust(List.of(), List.of(basic.id()), List.of("r"), BY_AREA, finance, HOUSING, NOW))
			.hasMessageContaining("rule basic-share-at-least-20-percent").hasMessageContaining("0.0%");
		assertThatThrownBy(() -> plan.adjust(List.of(reserved(10_000, BASIC)), List.of(), List.of("r"), BY_AREA,
				new PlanFixtures.Finance(plan.totals().subsidyFen()), HOUSING, NOW))
			.hasMessageContaining("rule within-fiscal-capacity");
		assertThatThrownBy(() -> plan.adjust(List.of(), List.of(another.id()), List.of("r"), BY_AREA, finance, HOUSING,
				NOW)).hasMessageContaining("rule plan-adjustment").hasMessageContaining("§四(二)")
			.hasMessageContaining(another.id() + " are not in the plan of 2026");
		assertThatThrownBy(() -> plan.adjust(List.of(), List.of(basic.id(), complete.id()), List.of("r"), BY_AREA,
				finance, HOUSING, NOW)).hasMessageContaining("would hold no task");
	}

	@Test
	void theCountShareIsShownBesideTheAreaShare() {
		PlanTotals totals = PlanTotals.of(List.of(PlanEntry.of(reserved(1_000, BASIC), PlanFixtures.RATES),
				PlanEntry.of(reserved(3_000, COMPLETE), PlanFixtures.RATES),
				PlanEntry.of(reserved(0, UPGRADE), PlanFixtures.RATES)));

		assertThat(totals.basicShareByArea()).isEqualByComparingTo(new BigDecimal("0.25"));
		assertThat(totals.basicShareByCount()).isEqualByComparingTo(new BigDecimal("0.333333"));
		assertThat(totals.basicAtLeast(BasicShareMeasure.COUNT, 20)).isTrue();
	}

}
