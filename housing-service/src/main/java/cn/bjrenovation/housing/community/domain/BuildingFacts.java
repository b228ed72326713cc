package cn.bjrenovation.housing.community.domain;

import java.math.BigDecimal;

/** What a survey says about one building, as entered, before any rule is checked. */
public record BuildingFacts(String number, Integer floors, Integer units, Integer buildYear, String structure,
		BigDecimal floorArea, Integer households, Boolean seismicReinforcementNeeded, Boolean energyRetrofitNeeded,
		String elevator, String dangerousGrade, Boolean simpleBuilding) {
}
