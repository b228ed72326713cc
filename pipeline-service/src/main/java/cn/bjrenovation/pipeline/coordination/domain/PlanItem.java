package cn.bjrenovation.pipeline.coordination.domain;

import java.util.Objects;

/**
 * One pipeline item of the approved design, as the designer wrote it.
 *
 * @param quantity in {@code unit}, e.g. 1200 米
 * @param estimatedCostFen estimated cost, fen (分)
 */
public record PlanItem(String catalogueCode, String name, double quantity, String unit, long estimatedCostFen) {

	public PlanItem {
		Objects.requireNonNull(catalogueCode, "catalogueCode");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(unit, "unit");
	}

}
