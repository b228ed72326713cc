package cn.bjrenovation.finance.funding.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import cn.bjrenovation.finance.funding.domain.Milestone;
import cn.bjrenovation.finance.funding.domain.MilestoneProof;
import cn.bjrenovation.finance.funding.domain.MilestoneProofs;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Milestone proofs; the table's keys (project and milestone, event id) keep one of each. */
@Repository
class MilestoneProofsJdbcRepository implements MilestoneProofs {

	private final JdbcClient jdbc;

	MilestoneProofsJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean record(MilestoneProof proof, Instant recordedAt) {
		return jdbc.sql("""
				INSERT INTO milestone_proof (project_id, milestone, source_event_id, fact_type, proved_at, recorded_at)
				VALUES (:project, :milestone, :event, :type, :provedAt, :recordedAt)
				ON CONFLICT DO NOTHING""")
			.param("project", proof.project().value())
			.param("milestone", proof.milestone().name())
			.param("event", proof.sourceEventId())
			.param("type", proof.factType())
			.param("provedAt", Timestamp.from(proof.provedAt()))
			.param("recordedAt", Timestamp.from(recordedAt))
			.update() == 1;
	}

	@Override
	public Optional<MilestoneProof> find(ProjectId project, Milestone milestone) {
		return jdbc.sql("""
				SELECT source_event_id, fact_type, proved_at FROM milestone_proof
				WHERE project_id = :project AND milestone = :milestone""")
			.param("project", project.value())
			.param("milestone", milestone.name())
			.query((rs, row) -> new MilestoneProof(project, milestone, rs.getString("source_event_id"),
					rs.getString("fact_type"), rs.getTimestamp("proved_at").toInstant()))
			.optional();
	}

}
