package cn.bjrenovation.housing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.housing.community.domain.DangerousGrade;
import cn.bjrenovation.housing.community.domain.Elevator;
import cn.bjrenovation.housing.community.domain.Structure;
import cn.bjrenovation.platform.place.CommunityId;

/** How a row of {@code building b} reads as a building. */
public final class BuildingRows {

	public static final String COLUMNS = """
			b.id, b.community_id, b.number, b.floors, b.units, b.build_year, b.structure, b.floor_area, b.households,
			b.seismic_reinforcement_needed, b.energy_retrofit_needed, b.elevator, b.dangerous_grade, b.simple_building,
			b.retired_at, b.version""";

	private BuildingRows() {
	}

	public static Building read(ResultSet rs, int row) throws SQLException {
		String grade = rs.getString("dangerous_grade");
		return new Building(new BuildingId(rs.getObject("id", UUID.class)),
				new CommunityId(rs.getObject("community_id", UUID.class)), rs.getString("number"), rs.getInt("floors"),
				rs.getInt("units"), rs.getInt("build_year"), Structure.valueOf(rs.getString("structure")),
				rs.getBigDecimal("floor_area"), rs.getInt("households"), rs.getBoolean("seismic_reinforcement_needed"),
				rs.getBoolean("energy_retrofit_needed"), Elevator.valueOf(rs.getString("elevator")),
				grade == null ? null : DangerousGrade.valueOf(grade), rs.getBoolean("simple_building"),
				rs.getTimestamp("retired_at") != null, rs.getLong("version"));
	}

}
