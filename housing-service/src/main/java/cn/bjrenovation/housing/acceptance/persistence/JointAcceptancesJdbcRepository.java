package cn.bjrenovation.housing.acceptance.persistence;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.bjrenovation.housing.acceptance.domain.AcceptanceParty;
import cn.bjrenovation.housing.acceptance.domain.AcceptanceStatus;
import cn.bjrenovation.housing.acceptance.domain.JointAcceptance;
import cn.bjrenovation.housing.acceptance.domain.JointAcceptances;
import cn.bjrenovation.housing.acceptance.domain.PartySignOff;
import cn.bjrenovation.housing.acceptance.domain.SignOffDecision;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JointAcceptancesJdbcRepository implements JointAcceptances {

	private final JdbcClient jdbc;

	JointAcceptancesJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(JointAcceptance acceptance) {
		try {
			jdbc.sql("""
					INSERT INTO joint_acceptance (project_id, status, opened_on, note, opened_by, opened_at)
					VALUES (:project, :status, :on, :note, :by, :at)
					""")
				.param("project", acceptance.projectId().value())
				.param("status", acceptance.status().name())
				.param("on", Date.valueOf(acceptance.openedOn()))
				.param("note", acceptance.note())
				.param("by", acceptance.openedBy())
				.param("at", Timestamp.from(acceptance.openedAt()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("project " + acceptance.projectId() + " has a joint acceptance already");
		}
		for (int i = 0; i < acceptance.parties().size(); i++) {
			PartySignOff party = acceptance.parties().get(i);
			jdbc.sql("INSERT INTO acceptance_party (project_id, party, utility, position) VALUES (:p, :party, :u, :pos)")
				.param("p", acceptance.projectId().value())
				.param("party", party.party().name())
				.param("u", utility(party))
				.param("pos", i)
				.update();
		}
	}

	@Override
	public Optional<JointAcceptance> find(ProjectId projectId) {
		List<PartySignOff> parties = jdbc
			.sql("SELECT * FROM acceptance_party WHERE project_id = :p ORDER BY position")
			.param("p", projectId.value())
			.query(JointAcceptancesJdbcRepository::party)
			.list();
		return jdbc.sql("SELECT * FROM joint_acceptance WHERE project_id = :p")
			.param("p", projectId.value())
			.query((rs, row) -> new JointAcceptance(projectId, AcceptanceStatus.valueOf(rs.getString("status")),
					rs.getDate("opened_on").toLocalDate(), rs.getString("note"), rs.getString("opened_by"),
					rs.getTimestamp("opened_at").toInstant(), instant(rs.getTimestamp("passed_at")), parties))
			.optional();
	}

	@Override
	public void decided(JointAcceptance acceptance, PartySignOff decision, String role) {
		MapSqlParameterSource row = new MapSqlParameterSource().addValue("p", acceptance.projectId().value())
			.addValue("party", decision.party().name())
			.addValue("u", utility(decision))
			.addValue("decision", decision.decision().name())
			.addValue("findings", decision.findings().toArray(String[]::new))
			.addValue("by", decision.by())
			.addValue("role", role)
			.addValue("at", Timestamp.from(decision.at()));
		jdbc.sql("""
				UPDATE acceptance_party SET decision = :decision, findings = :findings, signed_by = :by, signed_at = :at
				WHERE project_id = :p AND party = :party AND utility = :u
				""").paramSource(row).update();
		jdbc.sql("""
				INSERT INTO acceptance_sign_off (project_id, party, utility, decision, findings, signed_by, role, signed_at)
				VALUES (:p, :party, :u, :decision, :findings, :by, :role, :at)
				""").paramSource(row).update();
		int changed = jdbc.sql("""
				UPDATE joint_acceptance SET status = :status, passed_at = :passed WHERE project_id = :p AND status = 'OPEN'
				""")
			.param("status", acceptance.status().name())
			.param("passed", acceptance.passedAt() == null ? null : Timestamp.from(acceptance.passedAt()))
			.param("p", acceptance.projectId().value())
			.update();
		if (changed != 1) {
			throw new ConflictException("the joint acceptance of project " + acceptance.projectId() + " has passed already");
		}
	}

	@Override
	public void communityAccepted(CommunityId community, LocalDate on) {
		jdbc.sql("""
				INSERT INTO renovation_acceptance (community_id, accepted_on) VALUES (:c, :on)
				ON CONFLICT (community_id) DO UPDATE SET accepted_on = excluded.accepted_on
				""").param("c", community.value()).param("on", Date.valueOf(on)).update();
	}

	private static String utility(PartySignOff party) {
		return party.utility() == null ? "" : party.utility();
	}

	private static PartySignOff party(ResultSet rs, int row) throws SQLException {
		String utility = rs.getString("utility");
		String decision = rs.getString("decision");
		Array findings = rs.getArray("findings");
		return new PartySignOff(AcceptanceParty.valueOf(rs.getString("party")), utility.isEmpty() ? null : utility,
				decision == null ? null : SignOffDecision.valueOf(decision), List.of((String[]) findings.getArray()),
				rs.getString("signed_by"), instant(rs.getTimestamp("signed_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
