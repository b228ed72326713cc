package cn.bjrenovation.housing.community.persistence;

import java.util.List;
import java.util.Optional;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.housing.community.domain.BuildingTotals;
import cn.bjrenovation.housing.community.domain.Buildings;
import cn.bjrenovation.housing.community.domain.DangerousGrade;
import cn.bjrenovation.housing.community.domain.HistoryEntry;
import cn.bjrenovation.housing.persistence.Actors;
import cn.bjrenovation.housing.persistence.BuildingRows;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class BuildingsJdbcRepository implements Buildings {

	private static final String COLUMNS = """
			id, community_id, number, floors, units, build_year, structure, floor_area, households,
			seismic_reinforcement_needed, energy_retrofit_needed, elevator, dangerous_grade, simple_building""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	BuildingsJdbcRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public void add(Building b) {
		try {
			bind(jdbc.sql("INSERT INTO building (" + COLUMNS + """
					, district_code) SELECT :id, :community, :number, :floors, :units, :buildYear, :structure,
					  :floorArea, :households, :seismic, :energy, :elevator, :grade, :simple, c.district_code
					FROM community c WHERE c.id = :community
					"""), b)
				.param("community", b.communityId().value())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("number: community " + b.communityId() + " already has a building " + b.number());
		}
	}

	@Override
	public Optional<Building> find(BuildingId id) {
		return jdbc.sql("SELECT " + BuildingRows.COLUMNS + " FROM building b WHERE b.id = :id")
			.param("id", id.value())
			.query(BuildingRows::read)
			.optional();
	}

	@Override
	public List<Building> of(CommunityId communityId) {
		return jdbc
			.sql("SELECT " + BuildingRows.COLUMNS + " FROM building b WHERE b.community_id = :community ORDER BY b.number")
			.param("community", communityId.value())
			.query(BuildingRows::read)
			.list();
	}

	@Override
	public BuildingTotals totals(CommunityId communityId) {
		return jdbc.sql("""
				SELECT count(*) AS n, coalesce(sum(floor_area), 0) AS area, coalesce(sum(households), 0) AS households
				FROM building WHERE community_id = :community AND retired_at IS NULL
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

	@Override
	public boolean replace(Building b, String retiredReason, String actor) {
		Actors.name(jdbc, actor);
		try {
			return bind(jdbc.sql("""
					UPDATE building SET number = :number, floors = :floors, units = :units, build_year = :buildYear,
					  structure = :structure, floor_area = :floorArea, households = :households,
					  seismic_reinforcement_needed = :seismic, energy_retrofit_needed = :energy, elevator = :elevator,
					  dangerous_grade = :grade, simple_building = :simple, version = :version,
					  retired_at = CASE WHEN :retired THEN coalesce(retired_at, now()) END,
					  retired_reason = coalesce(:reason, retired_reason)
					WHERE id = :id AND version = :version - 1
					"""), b)
				.param("version", b.version())
				.param("retired", b.retired())
				.param("reason", retiredReason)
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("number: community " + b.communityId() + " already has a building " + b.number());
		}
	}

	@Override
	public List<HistoryEntry> history(BuildingId id) {
		return HistoryRows.of(jdbc, json, HistoryRows.Table.BUILDING, id.value());
	}

	/** The building's own facts as named parameters, for inserts and updates alike. */
	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Building b) {
		return statement.param("id", b.id().value())
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
			.param("simple", b.simpleBuilding());
	}

}
