package cn.bjrenovation.housing.community.domain;

import java.math.BigDecimal;

import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * What a community's registered buildings add up to. They may not exceed what the community's survey says:
 * more buildings, floor area or households than the community has means one of the two is wrong.
 */
public record BuildingTotals(int buildings, BigDecimal floorArea, long households) {

	public static final BuildingTotals NONE = new BuildingTotals(0, BigDecimal.ZERO, 0);

	public BuildingTotals minus(Building building) {
		return new BuildingTotals(buildings - 1, floorArea.subtract(building.floorArea()),
				households - building.households());
	}

	public BuildingTotals plus(Building building) {
		return new BuildingTotals(buildings + 1, floorArea.add(building.floorArea()), households + building.households());
	}

	/** Adds a problem for each total the community's own figures do not cover. */
	public void checkCoveredBy(CommunitySurvey community, FieldCheck check, String countField, String areaField,
			String householdsField) {
		check.require(buildings <= community.buildingCount(), countField, "the community's survey counts "
				+ community.buildingCount() + " buildings, but " + buildings + " are registered");
		check.require(floorArea.compareTo(community.floorArea()) <= 0, areaField, "buildings total "
				+ floorArea.toPlainString() + " m², more than the community's " + community.floorArea().toPlainString()
				+ " m²");
		check.require(households <= community.households(), householdsField, "buildings hold " + households
				+ " households, more than the community's " + community.households());
	}

	/**
	 * @throws cn.bjrenovation.platform.problems.InvalidInputException when a corrected community no longer
	 * covers its registered buildings
	 */
	public void checkWithin(CommunitySurvey corrected) {
		FieldCheck check = new FieldCheck();
		checkCoveredBy(corrected, check, "buildingCount", "floorArea", "households");
		check.throwIfAny();
	}

}
