package cn.bjrenovation.finance.maintenance.persistence;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.finance.maintenance.domain.FundMovement;
import cn.bjrenovation.finance.maintenance.domain.FundMovements;
import cn.bjrenovation.finance.maintenance.domain.OwnersVote;
import cn.bjrenovation.finance.maintenance.domain.VoteMatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FundMovementsJdbcRepository implements FundMovements {

	private final JdbcClient jdbc;

	FundMovementsJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(FundMovement movement) {
		OwnersVote vote = movement.vote();
		jdbc.sql("""
				INSERT INTO maintenance_fund_movement (id, community_id, district_code, kind, amount_fen, project_id,
				    owners_total, area_total_m2, owners_voting, area_voting_m2, owners_in_favour, area_in_favour_m2, voted_on,
				    vote_reference, recorded_by, recorded_at)
				VALUES (:id, :community, :district, :kind, :amount, :project, :ownersTotal, :areaTotal, :ownersVoting,
				        :areaVoting, :ownersInFavour, :areaInFavour, :votedOn, :reference, :by, :at)""")
			.param("id", movement.id())
			.param("community", movement.communityId())
			.param("district", movement.districtCode())
			.param("kind", movement.kind() == VoteMatter.RAISING ? "RAISING" : "USE")
			.param("amount", movement.amountFen())
			.param("project", movement.projectId())
			.param("ownersTotal", vote.ownersTotal())
			.param("areaTotal", vote.areaTotalM2())
			.param("ownersVoting", vote.ownersVoting())
			.param("areaVoting", vote.areaVotingM2())
			.param("ownersInFavour", vote.ownersInFavour())
			.param("areaInFavour", vote.areaInFavourM2())
			.param("votedOn", vote.votedOn())
			.param("reference", vote.reference())
			.param("by", movement.recordedBy())
			.param("at", Timestamp.from(movement.recordedAt()))
			.update();
	}

	@Override
	public List<FundMovement> of(UUID communityId) {
		return jdbc.sql("""
				SELECT * FROM maintenance_fund_movement WHERE community_id = :community ORDER BY recorded_at, id""")
			.param("community", communityId)
			.query((rs, n) -> new FundMovement(rs.getObject("id", UUID.class), communityId, rs.getString("district_code"),
					"RAISING".equals(rs.getString("kind")) ? VoteMatter.RAISING : VoteMatter.USE, rs.getLong("amount_fen"),
					rs.getObject("project_id", UUID.class),
					new OwnersVote(rs.getInt("owners_total"), rs.getBigDecimal("area_total_m2"), rs.getInt("owners_voting"),
							rs.getBigDecimal("area_voting_m2"), rs.getInt("owners_in_favour"),
							rs.getBigDecimal("area_in_favour_m2"), rs.getObject("voted_on", LocalDate.class),
							rs.getString("vote_reference")),
					rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

}
