package cn.bjrenovation.pipeline.street.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.pipeline.street.domain.StreetCommunities;
import cn.bjrenovation.pipeline.street.domain.StreetCommunity;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.StreetCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StreetCommunitiesJdbcRepository implements StreetCommunities {

	private final JdbcClient jdbc;

	StreetCommunitiesJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The upsert is one statement, so two consumers racing on the same community (an import and an update of
	 * one of its communities travel on different partitions) still leave one row, the higher version's. It
	 * never moves registered_at; the second statement only moves it earlier, whatever the version.
	 */
	@Override
	public void record(StreetCommunity community) {
		jdbc.sql("""
				INSERT INTO street_community (community_id, street_code, name, build_year, address, latitude, longitude,
				                              building_count, retired, version, registered_at)
				VALUES (:id, :street, :name, :buildYear, :address, :latitude, :longitude,
				        :buildingCount, :retired, :version, :registeredAt)
				ON CONFLICT (community_id) DO UPDATE
				SET street_code = EXCLUDED.street_code, name = EXCLUDED.name, build_year = EXCLUDED.build_year,
				    address = EXCLUDED.address, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
				    building_count = EXCLUDED.building_count, retired = EXCLUDED.retired, version = EXCLUDED.version
				WHERE street_community.version < EXCLUDED.version
				""")
			.param("id", community.communityId().value())
			.param("street", community.street().value())
			.param("name", community.name())
			.param("buildYear", community.buildYear())
			.param("address", community.address())
			.param("latitude", community.latitude())
			.param("longitude", community.longitude())
			.param("buildingCount", community.buildingCount())
			.param("retired", community.retired())
			.param("version", community.version())
			.param("registeredAt", Timestamp.from(community.registeredAt()))
			.update();
		jdbc.sql("""
				UPDATE street_community SET registered_at = :registeredAt
				WHERE community_id = :id AND registered_at > :registeredAt
				""")
			.param("id", community.communityId().value())
			.param("registeredAt", Timestamp.from(community.registeredAt()))
			.update();
	}

	/** Sorted by the domain's collation, not the database's, which differs between installations. */
	@Override
	public List<StreetCommunity> on(StreetCode street) {
		return jdbc.sql("""
				SELECT community_id, street_code, name, build_year, address, latitude, longitude, building_count,
				       retired, version, registered_at
				FROM street_community WHERE street_code = :street AND NOT retired
				""")
			.param("street", street.value())
			.query((rs, row) -> community(rs))
			.list();
	}

	private static StreetCommunity community(ResultSet rs) throws SQLException {
		return new StreetCommunity(new CommunityId(rs.getObject("community_id", UUID.class)),
				new StreetCode(rs.getString("street_code")), rs.getString("name"), rs.getInt("build_year"),
				rs.getString("address"), rs.getObject("latitude", Double.class),
				rs.getObject("longitude", Double.class), rs.getObject("building_count", Integer.class),
				rs.getBoolean("retired"), rs.getLong("version"), rs.getTimestamp("registered_at").toInstant());
	}

}
