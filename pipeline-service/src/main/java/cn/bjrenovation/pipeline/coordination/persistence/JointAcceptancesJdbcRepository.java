package cn.bjrenovation.pipeline.coordination.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import cn.bjrenovation.pipeline.coordination.domain.JointAcceptance;
import cn.bjrenovation.pipeline.coordination.domain.JointAcceptances;
import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Joint acceptances, one row per project. */
@Repository
class JointAcceptancesJdbcRepository implements JointAcceptances {

	private final JdbcClient jdbc;

	JointAcceptancesJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean add(JointAcceptance acceptance, Instant recordedAt) {
		return jdbc.sql("""
				INSERT INTO joint_acceptance (project_id, event_id, accepted_at, recorded_at)
				VALUES (:project, :event, :acceptedAt, :recordedAt)
				ON CONFLICT DO NOTHING""")
			.param("project", acceptance.projectId().value())
			.param("event", acceptance.eventId())
			.param("acceptedAt", Timestamp.from(acceptance.acceptedAt()))
			.param("recordedAt", Timestamp.from(recordedAt))
			.update() == 1;
	}

	@Override
	public Optional<JointAcceptance> of(ProjectId project) {
		return jdbc.sql("SELECT event_id, accepted_at FROM joint_acceptance WHERE project_id = :project")
			.param("project", project.value())
			.query((rs, row) -> new JointAcceptance(project, rs.getString("event_id"),
					rs.getTimestamp("accepted_at").toInstant()))
			.optional();
	}

}
