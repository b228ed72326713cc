package cn.bjrenovation.planning.illegalconstruction.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstruction;
import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstructionDecision;
import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstructions;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IllegalConstructionsJdbcRepository implements IllegalConstructions {

	private static final String COLUMNS = """
			id, community_id, district_code, street_code, what, location, decision, determined_by, determined_at,
			resolution, resolved_by, resolved_at""";

	private final JdbcClient jdbc;

	IllegalConstructionsJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(IllegalConstruction determination) {
		jdbc.sql("INSERT INTO illegal_construction (" + COLUMNS + """
				) VALUES (:id, :community, :district, :street, :what, :location, :decision, :by, :at, NULL, NULL, NULL)""")
			.param("id", determination.id())
			.param("community", determination.communityId().value())
			.param("district", determination.district().value())
			.param("street", determination.street().value())
			.param("what", determination.what())
			.param("location", determination.location())
			.param("decision", determination.decision().name())
			.param("by", determination.determinedBy())
			.param("at", Timestamp.from(determination.determinedAt()))
			.update();
	}

	@Override
	public Optional<IllegalConstruction> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM illegal_construction WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** Conditional on its being open, so two resolutions racing leave the first. */
	@Override
	public boolean resolved(IllegalConstruction resolved) {
		return jdbc.sql("""
				UPDATE illegal_construction SET resolution = :resolution, resolved_by = :by, resolved_at = :at
				WHERE id = :id AND resolved_at IS NULL
				""")
			.param("id", resolved.id())
			.param("resolution", resolved.resolution())
			.param("by", resolved.resolvedBy())
			.param("at", Timestamp.from(resolved.resolvedAt()))
			.update() == 1;
	}

	@Override
	public List<IllegalConstruction> of(CommunityId communityId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM illegal_construction WHERE community_id = :community ORDER BY determined_at, id")
			.param("community", communityId.value())
			.query((rs, n) -> row(rs))
			.list();
	}

	private static IllegalConstruction row(ResultSet rs) throws SQLException {
		Timestamp resolvedAt = rs.getTimestamp("resolved_at");
		return new IllegalConstruction(rs.getObject("id", UUID.class),
				new CommunityId(rs.getObject("community_id", UUID.class)), new DistrictCode(rs.getString("district_code")),
				new StreetCode(rs.getString("street_code")), rs.getString("what"), rs.getString("location"),
				IllegalConstructionDecision.valueOf(rs.getString("decision")), rs.getString("determined_by"),
				rs.getTimestamp("determined_at").toInstant(), rs.getString("resolution"), rs.getString("resolved_by"),
				resolvedAt == null ? null : resolvedAt.toInstant());
	}

}
