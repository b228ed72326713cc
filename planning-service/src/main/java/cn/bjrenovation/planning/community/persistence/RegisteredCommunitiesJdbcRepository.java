package cn.bjrenovation.planning.community.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.planning.community.domain.RegisteredCommunities;
import cn.bjrenovation.planning.community.domain.RegisteredCommunity;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegisteredCommunitiesJdbcRepository implements RegisteredCommunities {

	private final JdbcClient jdbc;

	RegisteredCommunitiesJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The upsert is one statement, so two consumers racing on the same community (an import and an update of
	 * one of its communities travel on different partitions) still leave one row, the higher version's. It
	 * never moves registered_at; the second statement only moves it earlier, whatever the version.
	 */
	@Override
	public void record(RegisteredCommunity community) {
		jdbc.sql("""
				INSERT INTO community_view (id, name, district_code, street_code, build_year, address, latitude,
				                            longitude, historic_district, core_area, retired, version, registered_at)
				VALUES (:id, :name, :district, :street, :buildYear, :address, :latitude,
				        :longitude, :historicDistrict, :coreArea, :retired, :version, :registeredAt)
				ON CONFLICT (id) DO UPDATE
				SET name = EXCLUDED.name, district_code = EXCLUDED.district_code, street_code = EXCLUDED.street_code,
				    build_year = EXCLUDED.build_year, address = EXCLUDED.address, latitude = EXCLUDED.latitude,
				    longitude = EXCLUDED.longitude, historic_district = EXCLUDED.historic_district,
				    core_area = EXCLUDED.core_area, retired = EXCLUDED.retired, version = EXCLUDED.version
				WHERE community_view.version < EXCLUDED.version
				""")
			.param("id", community.id().value())
			.param("name", community.name())
			.param("district", community.district().value())
			.param("street", community.street().value())
			.param("buildYear", community.buildYear())
			.param("address", community.address())
			.param("latitude", community.latitude())
			.param("longitude", community.longitude())
			.param("historicDistrict", community.historicDistrict())
			.param("coreArea", community.coreArea())
			.param("retired", community.retired())
			.param("version", community.version())
			.param("registeredAt", Timestamp.from(community.registeredAt()))
			.update();
		jdbc.sql("""
				UPDATE community_view SET registered_at = :registeredAt
				WHERE id = :id AND registered_at > :registeredAt
				""")
			.param("id", community.id().value())
			.param("registeredAt", Timestamp.from(community.registeredAt()))
			.update();
	}

	@Override
	public Optional<RegisteredCommunity> find(CommunityId id) {
		return jdbc.sql("""
				SELECT id, name, district_code, street_code, build_year, address, latitude, longitude,
				       historic_district, core_area, retired, version, registered_at
				FROM community_view WHERE id = :id
				""")
			.param("id", id.value())
			.query((rs, row) -> community(rs))
			.optional();
	}

	@Override
	public int countOnStreet(StreetCode street) {
		return jdbc.sql("SELECT count(*) FROM community_view WHERE street_code = :street AND NOT retired")
			.param("street", street.value())
			.query(Integer.class)
			.single();
	}

	private static RegisteredCommunity community(ResultSet rs) throws SQLException {
		return new RegisteredCommunity(new CommunityId(rs.getObject("id", UUID.class)), rs.getString("name"),
				new DistrictCode(rs.getString("district_code")), new StreetCode(rs.getString("street_code")),
				rs.getInt("build_year"),
				rs.getString("address"), rs.getObject("latitude", Double.class),
				rs.getObject("longitude", Double.class), rs.getBoolean("historic_district"),
				rs.getBoolean("core_area"), rs.getBoolean("retired"), rs.getLong("version"),
				rs.getTimestamp("registered_at").toInstant());
	}

}
