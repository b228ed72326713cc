package cn.bjrenovation.housing.evaluation.domain;

import java.math.BigDecimal;

/**
 * A district's year in figures (plan §四(三): 按月调度、年度考核): projects planned for the year, and those started,
 * completed, accepted and brought under long-term management during it; the floor area (m²) and households of the
 * year's planned projects; the mean of the satisfaction surveys taken during the year (null when none).
 */
public record DistrictPerformance(String districtCode, int year, int planned, int started, int completed,
		int accepted, int longTermManaged, BigDecimal floorArea, long households, BigDecimal meanSatisfaction,
		int surveys) {
}
