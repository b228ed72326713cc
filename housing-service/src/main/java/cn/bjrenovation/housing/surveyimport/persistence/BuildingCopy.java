package cn.bjrenovation.housing.surveyimport.persistence;

import java.sql.Connection;
import java.util.List;
import java.util.function.Function;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.platform.place.CommunityId;

/** Buildings as COPY rows of {@code building}. */
final class BuildingCopy {

	static final String TABLE = """
			building (id, community_id, number, floors, units, build_year, structure, floor_area, households,
			  seismic_reinforcement_needed, energy_retrofit_needed, elevator, dangerous_grade, simple_building,
			  district_code)""";

	private BuildingCopy() {
	}

	static void write(Connection connection, List<Building> buildings, Function<CommunityId, String> districtOf) {
		Copy copy = new Copy();
		for (Building b : buildings) {
			copy.value(b.id())
				.value(b.communityId())
				.value(b.number())
				.value(b.floors())
				.value(b.units())
				.value(b.buildYear())
				.value(b.structure().name())
				.value(b.floorArea().toPlainString())
				.value(b.households())
				.value(b.seismicReinforcementNeeded())
				.value(b.energyRetrofitNeeded())
				.value(b.elevator().name())
				.value(b.dangerousGrade() == null ? null : b.dangerousGrade().name())
				.value(b.simpleBuilding())
				.value(districtOf.apply(b.communityId()))
				.endRow();
		}
		copy.into(connection, TABLE);
	}

}
