package cn.bjrenovation.housing.community.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityFilter;
import cn.bjrenovation.housing.community.domain.DistrictSummary;
import cn.bjrenovation.housing.community.domain.HistoryEntry;
import cn.bjrenovation.housing.community.domain.Page;
import cn.bjrenovation.housing.community.domain.PageRequest;
import cn.bjrenovation.housing.persistence.Actors;
import cn.bjrenovation.housing.persistence.CommunityRows;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class CommunitiesJdbcRepository implements Communities {

	private static final String INSERT = """
			INSERT INTO community (id, name, district_code, street_code, address, latitude, longitude, build_year,
			  property_rights, management_status, building_count, floor_area, households, residents,
			  aged_60_plus_percent, core_area, historic_district, owners_organisation, property_service_agreed,
			  hotline_complaints, committee_code, version)
			VALUES (:id, :name, :district, :street, :address, :latitude, :longitude, :buildYear, :propertyRights,
			  :managementStatus, :buildingCount, :floorArea, :households, :residents, :aged, :coreArea, :historic,
			  :organisation, :serviceAgreed, :complaints, :committee, :version)
			""";

	private final JdbcClient jdbc;

	/** Reads streamed results in batches through a server-side cursor instead of all at once. */
	private final JdbcClient streaming;

	private final JsonMapper json;

	CommunitiesJdbcRepository(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		JdbcTemplate cursor = new JdbcTemplate(dataSource);
		cursor.setFetchSize(500);
		this.streaming = JdbcClient.create(cursor);
	}

	@Override
	public void add(Community community, String actor) {
		Actors.name(jdbc, actor);
		try {
			CommunityRows.bind(jdbc.sql(INSERT), community).update();
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken(community);
		}
	}

	/** The one unique rule of the table: a street has one community of a name. */
	private static ConflictException nameTaken(Community community) {
		return new ConflictException("name: street " + community.streetCode() + " already has a community named '"
				+ community.name() + "'; choose another name or correct that community");
	}

	@Override
	public Optional<Community> find(CommunityId id) {
		return jdbc.sql("SELECT " + CommunityRows.COLUMNS + " FROM community c WHERE c.id = :id")
			.param("id", id.value())
			.query(CommunityRows::read)
			.optional();
	}

	@Override
	public boolean replace(Community changed, String retiredReason, String actor) {
		Actors.name(jdbc, actor);
		try {
			return update(changed, retiredReason);
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken(changed);
		}
	}

	private boolean update(Community changed, String retiredReason) {
		return CommunityRows.bind(jdbc.sql("""
				UPDATE community SET name = :name, address = :address, latitude = :latitude, longitude = :longitude,
				  build_year = :buildYear, property_rights = :propertyRights, management_status = :managementStatus,
				  building_count = :buildingCount, floor_area = :floorArea, households = :households,
				  residents = :residents, aged_60_plus_percent = :aged, core_area = :coreArea,
				  historic_district = :historic, owners_organisation = :organisation,
				  property_service_agreed = :serviceAgreed, hotline_complaints = :complaints,
				  committee_code = :committee, version = :version,
				  updated_at = now(),
				  retired_at = CASE WHEN :retired THEN coalesce(retired_at, now()) END,
				  retired_reason = coalesce(:retiredReason, retired_reason)
				WHERE id = :id AND version = :version - 1
				"""), changed)
			.param("retired", changed.retired())
			.param("retiredReason", retiredReason)
			.update() == 1;
	}

	@Override
	public Page<Community> list(CommunityFilter filter, PageRequest page) {
		KeysetSql keyset = new KeysetSql(page);
		FilterSql where = new FilterSql(filter);
		List<Community> rows = jdbc
			.sql("SELECT " + CommunityRows.COLUMNS + " FROM community c WHERE " + where.where() + keyset.after()
					+ keyset.orderAndLimit())
			.params(where.params)
			.params(keyset.params)
			.query(CommunityRows::read)
			.list();
		return keyset.page(rows);
	}

	@Override
	public void stream(CommunityFilter filter, Consumer<Community> sink) {
		FilterSql where = new FilterSql(filter);
		try (Stream<Community> rows = streaming
			.sql("SELECT " + CommunityRows.COLUMNS + " FROM community c WHERE " + where.where() + " ORDER BY c.id")
			.params(where.params)
			.query(CommunityRows::read)
			.stream()) {
			rows.forEach(sink);
		}
	}

	/**
	 * Two scans: the district's communities once, grouped both ways at the same time (GROUPING SETS), and its
	 * buildings through their own district column.
	 */
	@Override
	public DistrictSummary summarise(String districtCode) {
		Map<String, Long> byManagement = new LinkedHashMap<>();
		Map<String, Long> byRights = new LinkedHashMap<>();
		Map<String, Object> totals = new HashMap<>();
		jdbc.sql("""
				SELECT management_status, property_rights, GROUPING(management_status, property_rights) AS level,
				  count(*) AS communities, coalesce(sum(floor_area), 0) AS floor_area,
				  coalesce(sum(households), 0) AS households, coalesce(sum(residents), 0) AS residents,
				  coalesce(round(sum(residents * aged_60_plus_percent) / nullif(sum(residents), 0), 1), 0) AS aged
				FROM community WHERE district_code = :district AND retired_at IS NULL
				GROUP BY GROUPING SETS ((management_status), (property_rights), ())
				""").param("district", districtCode).query((ResultSet rs) -> {
			switch (rs.getInt("level")) {
				case 1 -> byManagement.put(rs.getString("management_status"), rs.getLong("communities"));
				case 2 -> byRights.put(rs.getString("property_rights"), rs.getLong("communities"));
				default -> {
					totals.put("communities", rs.getLong("communities"));
					totals.put("floor_area", rs.getBigDecimal("floor_area"));
					totals.put("households", rs.getLong("households"));
					totals.put("residents", rs.getLong("residents"));
					totals.put("aged", rs.getBigDecimal("aged"));
				}
			}
		});
		Map<String, Long> byGrade = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT coalesce(b.dangerous_grade, 'UNAPPRAISED') AS grade, count(*) AS n FROM building b
				WHERE b.district_code = :district AND b.retired_at IS NULL
				  AND NOT EXISTS (SELECT 1 FROM community c WHERE c.id = b.community_id AND c.retired_at IS NOT NULL)
				GROUP BY 1 ORDER BY 1
				""").param("district", districtCode).query((ResultSet rs) -> {
			byGrade.put(rs.getString("grade"), rs.getLong("n"));
		});
		return new DistrictSummary(districtCode, (Long) totals.get("communities"),
				byGrade.values().stream().mapToLong(Long::longValue).sum(), (BigDecimal) totals.get("floor_area"),
				(Long) totals.get("households"), (Long) totals.get("residents"), (BigDecimal) totals.get("aged"),
				new java.util.TreeMap<>(byManagement), new java.util.TreeMap<>(byRights), byGrade);
	}

	@Override
	public List<HistoryEntry> history(CommunityId id) {
		return HistoryRows.of(jdbc, json, HistoryRows.Table.COMMUNITY, id.value());
	}

}
