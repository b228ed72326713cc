package cn.bjrenovation.housing.construction.domain;

import java.math.BigDecimal;

/**
 * One district's figures for a month (月度调度, plan §四(三)): projects started, completed and accepted in the month,
 * and the floor area (m²) and households of the projects started in it.
 */
public record DistrictMonth(String districtCode, int started, int completed, int accepted, BigDecimal floorArea,
		long households) {
}
