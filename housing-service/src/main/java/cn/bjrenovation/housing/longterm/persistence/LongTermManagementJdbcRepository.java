package cn.bjrenovation.housing.longterm.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.housing.longterm.domain.LongTermManagement;
import cn.bjrenovation.housing.longterm.domain.PropertyContract;
import cn.bjrenovation.housing.longterm.domain.PropertyTrial;
import cn.bjrenovation.housing.longterm.domain.TrialStatus;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LongTermManagementJdbcRepository implements LongTermManagement {

	private final JdbcClient jdbc;

	LongTermManagementJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void addTrial(PropertyTrial trial) {
		try {
			jdbc.sql("""
					INSERT INTO property_trial (id, project_id, property_company, starts_on, ends_on, status, recorded_by,
					  recorded_at)
					VALUES (:id, :project, :company, :starts, :ends, :status, :by, :at)
					""")
				.param("id", trial.id())
				.param("project", trial.projectId().value())
				.param("company", trial.propertyCompany())
				.param("starts", Date.valueOf(trial.startsOn()))
				.param("ends", Date.valueOf(trial.endsOn()))
				.param("status", trial.status().name())
				.param("by", trial.recordedBy())
				.param("at", Timestamp.from(trial.recordedAt()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("project " + trial.projectId()
					+ " has a try-before-buy trial serving or contracted; a new one follows only a failed vote");
		}
	}

	@Override
	public Optional<PropertyTrial> liveTrial(ProjectId project) {
		return jdbc.sql("SELECT * FROM property_trial WHERE project_id = :p AND status <> 'REOPENED'")
			.param("p", project.value())
			.query(LongTermManagementJdbcRepository::trial)
			.optional();
	}

	@Override
	public Optional<PropertyTrial> latestTrial(ProjectId project) {
		return jdbc.sql("SELECT * FROM property_trial WHERE project_id = :p ORDER BY recorded_at DESC, id LIMIT 1")
			.param("p", project.value())
			.query(LongTermManagementJdbcRepository::trial)
			.optional();
	}

	@Override
	public void trialEnded(PropertyTrial trial) {
		int changed = jdbc.sql("UPDATE property_trial SET status = :status, vote_id = :vote WHERE id = :id AND status = 'SERVING'")
			.param("status", trial.status().name())
			.param("vote", trial.voteId())
			.param("id", trial.id())
			.update();
		if (changed != 1) {
			throw new ConflictException("the try-before-buy trial of project " + trial.projectId() + " ended meanwhile");
		}
	}

	@Override
	public void addContract(PropertyContract contract) {
		try {
			jdbc.sql("""
					INSERT INTO property_contract (project_id, trial_id, vote_id, property_company, signed_on, signed_by,
					  signed_at)
					VALUES (:project, :trial, :vote, :company, :on, :by, :at)
					""")
				.param("project", contract.projectId().value())
				.param("trial", contract.trialId())
				.param("vote", contract.voteId())
				.param("company", contract.propertyCompany())
				.param("on", Date.valueOf(contract.signedOn()))
				.param("by", contract.signedBy())
				.param("at", Timestamp.from(contract.signedAt()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("project " + contract.projectId() + " has its property-service contract already");
		}
	}

	@Override
	public Optional<PropertyContract> contract(ProjectId project) {
		return jdbc.sql("SELECT * FROM property_contract WHERE project_id = :p")
			.param("p", project.value())
			.query((rs, row) -> new PropertyContract(project, rs.getObject("trial_id", UUID.class),
					rs.getObject("vote_id", UUID.class), rs.getString("property_company"),
					rs.getDate("signed_on").toLocalDate(), rs.getString("signed_by"),
					rs.getTimestamp("signed_at").toInstant()))
			.optional();
	}

	@Override
	public boolean fundRaised(String eventId, CommunityId community, long amountFen, long balanceFen,
			String voteReference, Instant movedAt) {
		return jdbc.sql("""
				INSERT INTO maintenance_fund_raise (event_id, community_id, amount_fen, balance_fen, vote_reference, moved_at)
				VALUES (:event, :community, :amount, :balance, :vote, :at) ON CONFLICT (event_id) DO NOTHING
				""")
			.param("event", eventId)
			.param("community", community.value())
			.param("amount", amountFen)
			.param("balance", balanceFen)
			.param("vote", voteReference)
			.param("at", Timestamp.from(movedAt))
			.update() == 1;
	}

	@Override
	public boolean fundRaisedSince(CommunityId community, Instant since) {
		return jdbc.sql("SELECT count(*) FROM maintenance_fund_raise WHERE community_id = :c AND moved_at >= :since")
			.param("c", community.value())
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single() > 0;
	}

	private static PropertyTrial trial(ResultSet rs, int row) throws SQLException {
		return new PropertyTrial(rs.getObject("id", UUID.class), new ProjectId(rs.getObject("project_id", UUID.class)),
				rs.getString("property_company"), rs.getDate("starts_on").toLocalDate(),
				rs.getDate("ends_on").toLocalDate(), TrialStatus.valueOf(rs.getString("status")),
				rs.getObject("vote_id", UUID.class), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant());
	}

}
