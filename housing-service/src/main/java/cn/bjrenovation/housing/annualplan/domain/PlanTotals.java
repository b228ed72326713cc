package cn.bjrenovation.housing.annualplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import cn.bjrenovation.housing.project.domain.ItemClass;

/**
 * The figures of a plan, or of a part of it: tasks, floor area (m²), estimated subsidy (fen), and the basic-class
 * share of the volume by area and by count (0..1; 0 when there is no volume).
 */
public record PlanTotals(int projects, BigDecimal floorArea, long subsidyFen, int basicProjects,
		BigDecimal basicFloorArea) {

	public static final PlanTotals NONE = new PlanTotals(0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO);

	public static PlanTotals of(Collection<PlanEntry> entries) {
		PlanTotals totals = NONE;
		for (PlanEntry entry : entries) {
			totals = totals.plus(entry);
		}
		return totals;
	}

	public PlanTotals plus(PlanEntry entry) {
		return new PlanTotals(projects + 1, floorArea.add(entry.floorArea()), Math.addExact(subsidyFen, entry.subsidyFen()),
				basicProjects + (entry.basic() ? 1 : 0),
				entry.basic() ? basicFloorArea.add(entry.floorArea()) : basicFloorArea);
	}

	/** Basic-class floor area over the total floor area. */
	public BigDecimal basicShareByArea() {
		return floorArea.signum() == 0 ? BigDecimal.ZERO : basicFloorArea.divide(floorArea, 6, RoundingMode.HALF_EVEN);
	}

	/** Basic-class tasks over all tasks. */
	public BigDecimal basicShareByCount() {
		return projects == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf(basicProjects).divide(BigDecimal.valueOf(projects), 6, RoundingMode.HALF_EVEN);
	}

	public BigDecimal basicShare(BasicShareMeasure measure) {
		return measure == BasicShareMeasure.FLOOR_AREA ? basicShareByArea() : basicShareByCount();
	}

	/** Whether basic-class tasks are at least {@code percent} % of the volume by the measure, exactly. */
	public boolean basicAtLeast(BasicShareMeasure measure, int percent) {
		BigDecimal hundred = BigDecimal.valueOf(100);
		return measure == BasicShareMeasure.FLOOR_AREA
				? basicFloorArea.multiply(hundred).compareTo(floorArea.multiply(BigDecimal.valueOf(percent))) >= 0
				: (long) basicProjects * 100 >= (long) projects * percent;
	}

	/** The figures of each task class, every class listed. */
	public static Map<ItemClass, PlanTotals> byClass(Collection<PlanEntry> entries) {
		Map<ItemClass, PlanTotals> totals = new EnumMap<>(ItemClass.class);
		for (ItemClass itemClass : ItemClass.values()) {
			totals.put(itemClass, NONE);
		}
		entries.forEach(entry -> totals.merge(entry.taskClass(), NONE.plus(entry), (a, b) -> a.plus(entry)));
		return totals;
	}

	/** The figures of each district holding tasks, by district code. */
	public static Map<String, PlanTotals> byDistrict(Collection<PlanEntry> entries) {
		Map<String, PlanTotals> totals = new TreeMap<>();
		entries.forEach(entry -> totals.merge(entry.districtCode(), NONE.plus(entry), (a, b) -> a.plus(entry)));
		return totals;
	}

}
