package cn.bjrenovation.housing.ownership.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.housing.ownership.domain.HandoverStatus;
import cn.bjrenovation.housing.ownership.domain.OwnershipCase;
import cn.bjrenovation.housing.ownership.domain.OwnershipCaseId;
import cn.bjrenovation.housing.ownership.domain.OwnershipCases;
import cn.bjrenovation.housing.ownership.domain.OwnershipKind;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OwnershipCasesJdbcRepository implements OwnershipCases {

	private final JdbcClient jdbc;

	OwnershipCasesJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(OwnershipCase c, String actor) {
		try {
			jdbc.sql("""
					INSERT INTO ownership_case (id, community_id, kind, owner_name, handover_status, registered_by)
					VALUES (:id, :community, :kind, :owner, :status, :by)
					""")
				.param("id", c.id().value())
				.param("community", c.communityId().value())
				.param("kind", c.kind().name())
				.param("owner", c.ownerName())
				.param("status", c.handoverStatus().name())
				.param("by", actor)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("community " + c.communityId() + " already has an ownership case");
		}
	}

	@Override
	public Optional<OwnershipCase> find(OwnershipCaseId id) {
		return jdbc.sql("SELECT * FROM ownership_case WHERE id = :id")
			.param("id", id.value())
			.query(this::read)
			.optional();
	}

	@Override
	public void update(OwnershipCase c) {
		jdbc.sql("UPDATE ownership_case SET handover_status = :status, updated_at = now() WHERE id = :id")
			.param("status", c.handoverStatus().name())
			.param("id", c.id().value())
			.update();
	}

	@Override
	public List<OwnershipCase> list(String districtCode) {
		return jdbc.sql("""
				SELECT o.* FROM ownership_case o JOIN community c ON c.id = o.community_id
				WHERE CAST(:district AS CHAR(6)) IS NULL OR c.district_code = :district
				ORDER BY o.registered_at, o.id
				""").param("district", districtCode).query(this::read).list();
	}

	@Override
	public boolean renovationAccepted(CommunityId communityId) {
		return jdbc.sql("SELECT count(*) FROM renovation_acceptance WHERE community_id = :id")
			.param("id", communityId.value())
			.query(Long.class)
			.single() > 0;
	}

	private OwnershipCase read(ResultSet rs, int row) throws SQLException {
		return new OwnershipCase(new OwnershipCaseId(rs.getObject("id", UUID.class)),
				new CommunityId(rs.getObject("community_id", UUID.class)),
				OwnershipKind.valueOf(rs.getString("kind")), rs.getString("owner_name"),
				HandoverStatus.valueOf(rs.getString("handover_status")));
	}

}
