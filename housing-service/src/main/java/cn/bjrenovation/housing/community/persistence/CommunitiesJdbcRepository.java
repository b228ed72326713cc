package cn.bjrenovation.housing.community.persistence;

import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CommunitiesJdbcRepository implements Communities {

	private final JdbcClient jdbc;

	CommunitiesJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(Community community) {
		jdbc.sql("""
				INSERT INTO community (id, name, district_code, street_code, build_year)
				VALUES (:id, :name, :district, :street, :buildYear)
				""")
			.param("id", community.id().value())
			.param("name", community.name())
			.param("district", community.districtCode())
			.param("street", community.streetCode())
			.param("buildYear", community.buildYear())
			.update();
	}

	@Override
	public Optional<Community> find(CommunityId id) {
		return jdbc.sql("SELECT id, name, district_code, street_code, build_year FROM community WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> new Community(new CommunityId(rs.getObject("id", UUID.class)), rs.getString("name"),
					rs.getString("district_code"), rs.getString("street_code"), rs.getInt("build_year")))
			.optional();
	}

}
