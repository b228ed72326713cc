package cn.bjrenovation.housing.vote.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.vote.domain.Ballot;
import cn.bjrenovation.housing.vote.domain.BallotChoice;
import cn.bjrenovation.housing.vote.domain.OwnersVote;
import cn.bjrenovation.housing.vote.domain.VoteId;
import cn.bjrenovation.housing.vote.domain.VoteMatter;
import cn.bjrenovation.housing.vote.domain.VoteResult;
import cn.bjrenovation.housing.vote.domain.VoteStatus;
import cn.bjrenovation.housing.vote.domain.VoteTally;
import cn.bjrenovation.housing.vote.domain.Votes;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class VotesJdbcRepository implements Votes {

	private final JdbcClient jdbc;

	VotesJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(OwnersVote vote) {
		jdbc.sql("""
				INSERT INTO owners_vote (id, community_id, district_code, street_code, project_id, matter, question,
				  owners, area, status, organised_by, organised_at)
				VALUES (:id, :community, :district, :street, :project, :matter, :question, :owners, :area, :status, :by, :at)
				""")
			.param("id", vote.id().value())
			.param("community", vote.communityId().value())
			.param("district", vote.districtCode())
			.param("street", vote.streetCode())
			.param("project", vote.projectId() == null ? null : vote.projectId().value())
			.param("matter", vote.matter().name())
			.param("question", vote.question())
			.param("owners", vote.owners())
			.param("area", vote.area())
			.param("status", vote.status().name())
			.param("by", vote.organisedBy())
			.param("at", Timestamp.from(vote.organisedAt()))
			.update();
	}

	@Override
	public Optional<OwnersVote> find(VoteId id) {
		return jdbc.sql("SELECT * FROM owners_vote WHERE id = :id").param("id", id.value()).query(this::vote).optional();
	}

	@Override
	public void addBallots(VoteId id, List<Ballot> ballots, String recordedBy, java.time.Instant at) {
		for (Ballot ballot : ballots) {
			try {
				jdbc.sql("""
						INSERT INTO vote_ballot (vote_id, unit, area, choice, recorded_by, recorded_at)
						VALUES (:vote, :unit, :area, :choice, :by, :at)
						""")
					.param("vote", id.value())
					.param("unit", ballot.unit())
					.param("area", ballot.area())
					.param("choice", ballot.choice().name())
					.param("by", recordedBy)
					.param("at", Timestamp.from(at))
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw new ConflictException("unit " + ballot.unit() + " has voted already in vote " + id
						+ "; a unit votes once");
			}
		}
	}

	@Override
	public void closed(OwnersVote vote) {
		int changed = jdbc.sql("""
				UPDATE owners_vote SET status = :status, closed_at = :at, rule = :rule, reasons = :reasons
				WHERE id = :id AND status = 'OPEN'
				""")
			.paramSource(new MapSqlParameterSource().addValue("status", vote.status().name())
				.addValue("at", Timestamp.from(vote.closedAt()))
				.addValue("rule", vote.result().rule())
				.addValue("reasons", vote.result().reasons().toArray(String[]::new))
				.addValue("id", vote.id().value()))
			.update();
		if (changed != 1) {
			throw new ConflictException("vote " + vote.id() + " was closed meanwhile");
		}
	}

	@Override
	public List<OwnersVote> ofCommunity(CommunityId community) {
		return jdbc.sql("SELECT * FROM owners_vote WHERE community_id = :c ORDER BY organised_at DESC, id")
			.param("c", community.value())
			.query(this::vote)
			.list();
	}

	@Override
	public List<OwnersVote> latest(String districtCode, String streetCode, String committeeCode,
			CommunityId community, int limit) {
		return jdbc.sql("""
				SELECT v.* FROM owners_vote v JOIN community c ON c.id = v.community_id
				WHERE (CAST(:district AS TEXT) IS NULL OR v.district_code = :district)
				  AND (CAST(:street AS TEXT) IS NULL OR v.street_code = :street)
				  AND (CAST(:committee AS TEXT) IS NULL OR c.committee_code = :committee)
				  AND (CAST(:community AS UUID) IS NULL OR v.community_id = :community)
				ORDER BY v.organised_at DESC, v.id LIMIT :limit
				""")
			.param("district", districtCode)
			.param("street", streetCode)
			.param("committee", committeeCode)
			.param("community", community == null ? null : community.value())
			.param("limit", limit)
			.query(this::vote)
			.list();
	}

	private List<Ballot> ballots(UUID vote) {
		return jdbc.sql("SELECT unit, area, choice FROM vote_ballot WHERE vote_id = :v ORDER BY recorded_at, unit")
			.param("v", vote)
			.query((rs, row) -> new Ballot(rs.getString("unit"), rs.getBigDecimal("area"),
					BallotChoice.valueOf(rs.getString("choice"))))
			.list();
	}

	private OwnersVote vote(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID project = rs.getObject("project_id", UUID.class);
		VoteStatus status = VoteStatus.valueOf(rs.getString("status"));
		List<Ballot> ballots = ballots(id);
		int owners = rs.getInt("owners");
		java.math.BigDecimal area = rs.getBigDecimal("area");
		Timestamp closed = rs.getTimestamp("closed_at");
		Array reasons = rs.getArray("reasons");
		VoteResult result = status == VoteStatus.OPEN ? null
				: new VoteResult(status == VoteStatus.PASSED, VoteTally.of(owners, area, ballots), rs.getString("rule"),
						List.of((String[]) reasons.getArray()));
		return new OwnersVote(new VoteId(id), new CommunityId(rs.getObject("community_id", UUID.class)),
				rs.getString("district_code"), rs.getString("street_code"),
				project == null ? null : new ProjectId(project), VoteMatter.valueOf(rs.getString("matter")),
				rs.getString("question"), owners, area, status, rs.getString("organised_by"),
				rs.getTimestamp("organised_at").toInstant(), closed == null ? null : closed.toInstant(), ballots,
				result);
	}

}
