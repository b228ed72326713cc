package cn.bjrenovation.pipeline.street.persistence;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.pipeline.street.domain.StreetCode;
import cn.bjrenovation.pipeline.street.domain.StreetCommunities;
import cn.bjrenovation.pipeline.street.domain.StreetCommunity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StreetCommunitiesJdbcRepository implements StreetCommunities {

	private final JdbcClient jdbc;

	StreetCommunitiesJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One statement, so two consumers racing on the same community still leave one row, the newer fact's. */
	@Override
	public void record(StreetCommunity community) {
		jdbc.sql("""
				INSERT INTO street_community (community_id, street_code, name, build_year, registered_at)
				VALUES (:id, :street, :name, :buildYear, :registeredAt)
				ON CONFLICT (community_id) DO UPDATE
				SET street_code = EXCLUDED.street_code, name = EXCLUDED.name, build_year = EXCLUDED.build_year,
				    registered_at = EXCLUDED.registered_at
				WHERE street_community.registered_at <= EXCLUDED.registered_at
				""")
			.param("id", community.communityId())
			.param("street", community.street().value())
			.param("name", community.name())
			.param("buildYear", community.buildYear())
			.param("registeredAt", Timestamp.from(community.registeredAt()))
			.update();
	}

	/** Sorted by the domain's collation, not the database's, which differs between installations. */
	@Override
	public List<StreetCommunity> on(StreetCode street) {
		return jdbc.sql("""
				SELECT community_id, street_code, name, build_year, registered_at
				FROM street_community WHERE street_code = :street
				""")
			.param("street", street.value())
			.query((rs, row) -> new StreetCommunity(rs.getObject("community_id", UUID.class),
					new StreetCode(rs.getString("street_code")), rs.getString("name"), rs.getInt("build_year"),
					rs.getTimestamp("registered_at").toInstant()))
			.list();
	}

}
