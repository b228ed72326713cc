package cn.bjrenovation.finance.maintenance.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.finance.maintenance.domain.DecidedVote;
import cn.bjrenovation.finance.maintenance.domain.DecidedVotes;
import cn.bjrenovation.finance.maintenance.domain.OwnersVote;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decided votes, one row per vote id. */
@Repository
class DecidedVotesJdbcRepository implements DecidedVotes {

	private final JdbcClient jdbc;

	DecidedVotesJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean add(DecidedVote vote, Instant heardAt) {
		OwnersVote tally = vote.tally();
		return jdbc.sql("""
				INSERT INTO decided_vote (vote_id, community_id, district_code, street_code, matter, project_id, passed,
				                          owners_total, area_total_m2, owners_voting, area_voting_m2, owners_in_favour,
				                          area_in_favour_m2, rule, reason, amount_fen, decided_at, source_event_id, heard_at)
				VALUES (:vote, :community, :district, :street, :matter, :project, :passed, :owners, :area, :ownersVoting,
				        :areaVoting, :ownersInFavour, :areaInFavour, :rule, :reason, :amount, :decidedAt, :event, :heardAt)
				ON CONFLICT DO NOTHING""")
			.param("vote", vote.voteId())
			.param("community", vote.communityId())
			.param("district", vote.districtCode())
			.param("street", vote.streetCode())
			.param("matter", vote.matter())
			.param("project", vote.projectId())
			.param("passed", vote.passed())
			.param("owners", tally.ownersTotal())
			.param("area", tally.areaTotalM2())
			.param("ownersVoting", tally.ownersVoting())
			.param("areaVoting", tally.areaVotingM2())
			.param("ownersInFavour", tally.ownersInFavour())
			.param("areaInFavour", tally.areaInFavourM2())
			.param("rule", vote.rule())
			.param("reason", vote.reason())
			.param("amount", vote.amountFen())
			.param("decidedAt", Timestamp.from(vote.decidedAt()))
			.param("event", vote.sourceEventId())
			.param("heardAt", Timestamp.from(heardAt))
			.update() == 1;
	}

	@Override
	public Optional<DecidedVote> find(UUID voteId) {
		return jdbc.sql("SELECT * FROM decided_vote WHERE vote_id = :vote")
			.param("vote", voteId)
			.query(DecidedVotesJdbcRepository::vote)
			.optional();
	}

	private static DecidedVote vote(ResultSet rs, int row) throws SQLException {
		Instant decidedAt = rs.getTimestamp("decided_at").toInstant();
		UUID vote = rs.getObject("vote_id", UUID.class);
		return new DecidedVote(vote, rs.getObject("community_id", UUID.class), rs.getString("district_code"),
				rs.getString("street_code"), rs.getString("matter"), rs.getObject("project_id", UUID.class),
				rs.getBoolean("passed"),
				new OwnersVote(rs.getInt("owners_total"), rs.getBigDecimal("area_total_m2"), rs.getInt("owners_voting"),
						rs.getBigDecimal("area_voting_m2"), rs.getInt("owners_in_favour"),
						rs.getBigDecimal("area_in_favour_m2"), DecidedVote.dayOf(decidedAt), vote.toString()),
				rs.getString("rule"), rs.getString("reason"), rs.getLong("amount_fen"), decidedAt,
				rs.getString("source_event_id"));
	}

}
