package cn.bjrenovation.housing.community.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.housing.community.domain.BuildingTotals;
import cn.bjrenovation.housing.community.domain.Buildings;
import cn.bjrenovation.housing.community.domain.CommunityId;
import cn.bjrenovation.housing.community.domain.DangerousGrade;
import cn.bjrenovation.housing.community.domain.Elevator;
import cn.bjrenovation.housing.community.domain.Structure;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BuildingsJdbcRepository implements Buildings {

	private static final String COLUMNS = """
			id, community_id, number, floors, units, build_year, structure, floor_area, households,
			seismic_reinforcement_needed, energy_retrofit_needed, elevator, dangerous_grade, simple_building""";

	private final JdbcClient jdbc;

	BuildingsJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(Building b) {
		try {
			jdbc.sql("INSERT INTO building (" + COLUMNS + """
					, district_code) SELECT :id, :community, :number, :floors, :units, :buildYear, :structure,
					  :floorArea, :households, :seismic, :energy, :elevator, :grade, :simple, c.district_code
					FROM community c WHERE c.id = :community
					""")
				.param("id", b.id().value())
				.param("community", b.communityId().value())
				.param("number", b.number())
				.param("floors", b.floors())
				.param("units", b.units())
				.param("buildYear", b.buildYear())
				.param("structure", b.structure().name())
				.param("floorArea", b.floorArea())
				.param("households", b.households())
				.param("seismic", b.seismicReinforcementNeeded())
				.param("energy", b.energyRetrofitNeeded())
				.param("elevator", b.elevator().name())
				.param("grade", b.dangerousGrade() == null ? null : b.dangerousGrade().name())
				.param("simple", b.simpleBuilding())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("community " + b.communityId() + " already has a building " + b.number());
		}
	}

	@Override
	public Optional<Building> find(BuildingId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM building WHERE id = :id")
			.param("id", id.value())
			.query(BuildingsJdbcRepository::read)
			.optional();
	}

	@Override
	public List<Building> of(CommunityId communityId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM building WHERE community_id = :community ORDER BY number")
			.param("community", communityId.value())
			.query(BuildingsJdbcRepository::read)
			.list();
	}

	@Override
	public BuildingTotals totals(CommunityId communityId) {
		return jdbc.sql("""
				SELECT count(*) AS n, coalesce(sum(floor_area), 0) AS area, coalesce(sum(households), 0) AS households
				FROM building WHERE community_id = :community
				""")
			.param("community", communityId.value())
			.query((rs, row) -> new BuildingTotals(rs.getInt("n"), rs.getBigDecimal("area"), rs.getLong("households")))
			.single();
	}

	@Override
	public void grade(BuildingId id, DangerousGrade grade) {
		jdbc.sql("UPDATE building SET dangerous_grade = :grade WHERE id = :id")
			.param("grade", grade.name())
			.param("id", id.value())
			.update();
	}

	static Building read(ResultSet rs, int row) throws SQLException {
		String grade = rs.getString("dangerous_grade");
		return new Building(new BuildingId(rs.getObject("id", UUID.class)),
				new CommunityId(rs.getObject("community_id", UUID.class)), rs.getString("number"), rs.getInt("floors"),
				rs.getInt("units"), rs.getInt("build_year"), Structure.valueOf(rs.getString("structure")),
				rs.getBigDecimal("floor_area"), rs.getInt("households"), rs.getBoolean("seismic_reinforcement_needed"),
				rs.getBoolean("energy_retrofit_needed"), Elevator.valueOf(rs.getString("elevator")),
				grade == null ? null : DangerousGrade.valueOf(grade), rs.getBoolean("simple_building"));
	}

}
