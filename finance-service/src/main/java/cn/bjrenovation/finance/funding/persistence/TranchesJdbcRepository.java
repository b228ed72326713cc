package cn.bjrenovation.finance.funding.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.finance.funding.domain.DisbursementException;
import cn.bjrenovation.finance.funding.domain.Milestone;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.finance.funding.domain.Tranche;
import cn.bjrenovation.finance.funding.domain.Tranches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tranches (one per project and milestone, one per proving event: the table's keys) and refused ones. */
@Repository
class TranchesJdbcRepository implements Tranches {

	private static final String COLUMNS = """
			SELECT project_id, milestone, amount_fen, source_event_id, evidence, disbursed_by, disbursed_at FROM tranche
			""";

	private final JdbcClient jdbc;

	TranchesJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Tranche> find(ProjectId project, Milestone milestone) {
		return jdbc.sql(COLUMNS + " WHERE project_id = :project AND milestone = :milestone")
			.param("project", project.value())
			.param("milestone", milestone.name())
			.query(TranchesJdbcRepository::tranche)
			.optional();
	}

	@Override
	public Optional<Tranche> bySourceEvent(String sourceEventId) {
		return jdbc.sql(COLUMNS + " WHERE source_event_id = :event")
			.param("event", sourceEventId)
			.query(TranchesJdbcRepository::tranche)
			.optional();
	}

	@Override
	public List<Tranche> of(ProjectId project) {
		return jdbc.sql(COLUMNS + " WHERE project_id = :project ORDER BY disbursed_at, milestone")
			.param("project", project.value())
			.query(TranchesJdbcRepository::tranche)
			.list();
	}

	private static Tranche tranche(ResultSet rs, int row) throws SQLException {
		return new Tranche(new ProjectId(rs.getObject("project_id", UUID.class)),
				Milestone.valueOf(rs.getString("milestone")), rs.getLong("amount_fen"), rs.getString("source_event_id"),
				rs.getString("evidence"), rs.getString("disbursed_by"), rs.getTimestamp("disbursed_at").toInstant());
	}

	@Override
	public void add(Tranche tranche) {
		jdbc.sql("""
				INSERT INTO tranche (project_id, milestone, amount_fen, source_event_id, evidence, disbursed_by, disbursed_at)
				VALUES (:project, :milestone, :amount, :event, :evidence, :by, :at)""")
			.param("project", tranche.project().value())
			.param("milestone", tranche.milestone().name())
			.param("amount", tranche.amountFen())
			.param("event", tranche.sourceEventId())
			.param("evidence", tranche.evidence())
			.param("by", tranche.disbursedBy())
			.param("at", Timestamp.from(tranche.disbursedAt()))
			.update();
	}

	@Override
	public void refused(DisbursementException exception) {
		jdbc.sql("""
				INSERT INTO disbursement_exception (id, project_id, milestone, requested_fen, remaining_fen, reason,
				                                    source_event_id, evidence, recorded_by, recorded_at)
				VALUES (:id, :project, :milestone, :requested, :remaining, :reason, :event, :evidence, :by, :at)""")
			.param("id", exception.id())
			.param("project", exception.project().value())
			.param("milestone", exception.milestone().name())
			.param("requested", exception.requestedFen())
			.param("remaining", exception.remainingFen())
			.param("reason", exception.reason())
			.param("event", exception.sourceEventId())
			.param("evidence", exception.evidence())
			.param("by", exception.recordedBy())
			.param("at", Timestamp.from(exception.recordedAt()))
			.update();
	}

	@Override
	public List<DisbursementException> exceptions(int limit) {
		return jdbc.sql("""
				SELECT id, project_id, milestone, requested_fen, remaining_fen, reason, source_event_id, evidence,
				       recorded_by, recorded_at
				FROM disbursement_exception ORDER BY recorded_at DESC, id LIMIT :limit""")
			.param("limit", limit)
			.query((rs, n) -> new DisbursementException(rs.getObject("id", UUID.class),
					new ProjectId(rs.getObject("project_id", UUID.class)), Milestone.valueOf(rs.getString("milestone")),
					rs.getLong("requested_fen"), rs.getLong("remaining_fen"), rs.getString("reason"),
					rs.getString("source_event_id"), rs.getString("evidence"), rs.getString("recorded_by"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

}
