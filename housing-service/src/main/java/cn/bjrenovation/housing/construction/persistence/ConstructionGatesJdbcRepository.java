package cn.bjrenovation.housing.construction.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import cn.bjrenovation.housing.construction.domain.ConstructionGate;
import cn.bjrenovation.housing.construction.domain.ConstructionGate.ConstructionStart;
import cn.bjrenovation.housing.construction.domain.ConstructionGates;
import cn.bjrenovation.housing.project.domain.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConstructionGatesJdbcRepository implements ConstructionGates {

	private final JdbcClient jdbc;

	private final Clock clock;

	ConstructionGatesJdbcRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public ConstructionGate of(ProjectId project) {
		return jdbc.sql("SELECT * FROM construction_gate WHERE project_id = :id")
			.param("id", project.value())
			.query((rs, row) -> gate(project, rs))
			.optional()
			.orElseGet(() -> ConstructionGate.closed(project));
	}

	@Override
	public ConstructionGate lock(ProjectId project) {
		jdbc.sql("INSERT INTO construction_gate (project_id, updated_at) VALUES (:id, :now) ON CONFLICT DO NOTHING")
			.param("id", project.value())
			.param("now", Timestamp.from(Instant.now(clock)))
			.update();
		return jdbc.sql("SELECT * FROM construction_gate WHERE project_id = :id FOR UPDATE")
			.param("id", project.value())
			.query((rs, row) -> gate(project, rs))
			.single();
	}

	@Override
	public void save(ConstructionGate gate) {
		ConstructionStart start = gate.start();
		jdbc.sql("""
				INSERT INTO construction_gate (project_id, design_approved_at, design_has_pipeline_items,
				  design_scheme_version, funding_committed_at, pipelines_coordinated_at, started_on, builder, start_note,
				  updated_at)
				VALUES (:id, :design, :pipelineItems, :scheme, :funding, :pipelines, :startedOn, :builder, :note, :now)
				ON CONFLICT (project_id) DO UPDATE SET design_approved_at = EXCLUDED.design_approved_at,
				  design_has_pipeline_items = EXCLUDED.design_has_pipeline_items,
				  design_scheme_version = EXCLUDED.design_scheme_version,
				  funding_committed_at = EXCLUDED.funding_committed_at,
				  pipelines_coordinated_at = EXCLUDED.pipelines_coordinated_at, started_on = EXCLUDED.started_on,
				  builder = EXCLUDED.builder, start_note = EXCLUDED.start_note, updated_at = EXCLUDED.updated_at
				""")
			.param("id", gate.projectId().value())
			.param("design", timestamp(gate.designApprovedAt()))
			.param("pipelineItems", gate.designHasPipelineItems())
			.param("scheme", gate.designSchemeVersion())
			.param("funding", timestamp(gate.fundingCommittedAt()))
			.param("pipelines", timestamp(gate.pipelinesCoordinatedAt()))
			.param("startedOn", start == null ? null : Date.valueOf(start.startedOn()))
			.param("builder", start == null ? null : start.builder())
			.param("note", start == null ? null : start.note())
			.param("now", Timestamp.from(Instant.now(clock)))
			.update();
	}

	private static ConstructionGate gate(ProjectId project, ResultSet rs) throws SQLException {
		Date startedOn = rs.getDate("started_on");
		return new ConstructionGate(project, instant(rs, "design_approved_at"), rs.getBoolean("design_has_pipeline_items"),
				(Integer) rs.getObject("design_scheme_version"), instant(rs, "funding_committed_at"),
				instant(rs, "pipelines_coordinated_at"), startedOn == null ? null
						: new ConstructionStart(startedOn.toLocalDate(), rs.getString("builder"), rs.getString("start_note")));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	private static Timestamp timestamp(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

}
