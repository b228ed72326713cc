package cn.bjrenovation.planning.community.persistence;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.planning.community.domain.RegisteredCommunities;
import cn.bjrenovation.planning.community.domain.RegisteredCommunity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegisteredCommunitiesJdbcRepository implements RegisteredCommunities {

	private final JdbcClient jdbc;

	RegisteredCommunitiesJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One statement, so two consumers racing on the same community still leave one row, the newer fact's. */
	@Override
	public void record(RegisteredCommunity community) {
		jdbc.sql("""
				INSERT INTO community_view (id, name, district_code, street_code, build_year, registered_at)
				VALUES (:id, :name, :district, :street, :buildYear, :registeredAt)
				ON CONFLICT (id) DO UPDATE
				SET name = EXCLUDED.name, district_code = EXCLUDED.district_code, street_code = EXCLUDED.street_code,
				    build_year = EXCLUDED.build_year, registered_at = EXCLUDED.registered_at
				WHERE community_view.registered_at <= EXCLUDED.registered_at
				""")
			.param("id", community.id())
			.param("name", community.name())
			.param("district", community.districtCode())
			.param("street", community.streetCode())
			.param("buildYear", community.buildYear())
			.param("registeredAt", Timestamp.from(community.registeredAt()))
			.update();
	}

	@Override
	public Optional<RegisteredCommunity> find(UUID id) {
		return jdbc.sql("""
				SELECT id, name, district_code, street_code, build_year, registered_at
				FROM community_view WHERE id = :id
				""")
			.param("id", id)
			.query((rs, row) -> new RegisteredCommunity(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("district_code"), rs.getString("street_code"), rs.getInt("build_year"),
					rs.getTimestamp("registered_at").toInstant()))
			.optional();
	}

	@Override
	public int countOnStreet(String streetCode) {
		return jdbc.sql("SELECT count(*) FROM community_view WHERE street_code = :street")
			.param("street", streetCode)
			.query(Integer.class)
			.single();
	}

}
