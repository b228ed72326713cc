package cn.bjrenovation.housing.community.domain;

import java.math.BigDecimal;

import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.validation.FieldCheck;

/** A building (楼栋) of a community, with what the renovation needs to know about it (DOMAIN.md §4). */
public record Building(BuildingId id, CommunityId communityId, String number, int floors, int units, int buildYear,
		Structure structure, BigDecimal floorArea, int households, boolean seismicReinforcementNeeded,
		boolean energyRetrofitNeeded, Elevator elevator, DangerousGrade dangerousGrade, boolean simpleBuilding,
		boolean retired, long version) {

	/**
	 * Checks every rule on the facts, adding each broken one to {@code check}.
	 * @return the building, or null when a rule is broken
	 */
	public static Building check(BuildingId id, CommunityId communityId, BuildingFacts facts, FieldCheck check) {
		check.plainText(facts.number(), "number", 50);
		check.present(facts.floors(), "floors");
		if (facts.floors() != null) {
			check.require(facts.floors() >= 1 && facts.floors() <= 100, "floors",
					"must be between 1 and 100, was " + facts.floors());
		}
		check.nonNegative(facts.units(), "units").nonNegative(facts.floorArea(), "floorArea")
			.nonNegative(facts.households(), "households");
		StorableFigures.units(facts.units(), check);
		StorableFigures.area(facts.floorArea(), "floorArea", check);
		if (facts.buildYear() == null) {
			check.present(null, "buildYear");
		}
		else {
			check.require(facts.buildYear() >= CommunitySurvey.EARLIEST_BUILD_YEAR
					&& facts.buildYear() < CommunitySurvey.SCOPE_BUILT_BEFORE, "buildYear",
					"built in " + facts.buildYear() + ": buildings of the programme were built from "
							+ CommunitySurvey.EARLIEST_BUILD_YEAR + " to " + (CommunitySurvey.SCOPE_BUILT_BEFORE - 1));
		}
		Structure structure = check.choice(facts.structure(), "structure", Structure.class);
		Elevator elevator = check.choice(facts.elevator(), "elevator", Elevator.class);
		DangerousGrade grade = facts.dangerousGrade() == null || facts.dangerousGrade().isBlank() ? null
				: check.choice(facts.dangerousGrade(), "dangerousGrade", DangerousGrade.class);
		if (!check.ok()) {
			return null;
		}
		return new Building(id, communityId, facts.number().strip(), facts.floors(), facts.units(), facts.buildYear(),
				structure, facts.floorArea(), facts.households(), Boolean.TRUE.equals(facts.seismicReinforcementNeeded()),
				Boolean.TRUE.equals(facts.energyRetrofitNeeded()), elevator, grade,
				Boolean.TRUE.equals(facts.simpleBuilding()), false, 1);
	}

	/** The building with corrected facts: same identity and community, next version. */
	public Building correct(Building corrected) {
		return new Building(id, communityId, corrected.number, corrected.floors, corrected.units, corrected.buildYear,
				corrected.structure, corrected.floorArea, corrected.households, corrected.seismicReinforcementNeeded,
				corrected.energyRetrofitNeeded, corrected.elevator, corrected.dangerousGrade, corrected.simpleBuilding,
				retired, version + 1);
	}

	/** The building demolished or merged: kept, flagged retired, next version. */
	public Building retire() {
		return new Building(id, communityId, number, floors, units, buildYear, structure, floorArea, households,
				seismicReinforcementNeeded, energyRetrofitNeeded, elevator, dangerousGrade, simpleBuilding, true,
				version + 1);
	}

}
