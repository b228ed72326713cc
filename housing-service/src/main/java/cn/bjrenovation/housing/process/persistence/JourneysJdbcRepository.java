package cn.bjrenovation.housing.process.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.housing.process.domain.JourneyStep;
import cn.bjrenovation.housing.process.domain.Journeys;
import cn.bjrenovation.housing.process.domain.RenovationJourney;
import cn.bjrenovation.housing.process.domain.StepState;
import cn.bjrenovation.housing.project.domain.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JourneysJdbcRepository implements Journeys {

	private final JdbcClient jdbc;

	JourneysJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RenovationJourney lock(ProjectId project) {
		UUID id = project.value();
		jdbc.sql("SELECT pg_advisory_xact_lock(:key)")
			.param("key", id.getMostSignificantBits() ^ id.getLeastSignificantBits())
			.query()
			.singleRow();
		return of(project);
	}

	@Override
	public RenovationJourney of(ProjectId project) {
		return RenovationJourney.of(project,
				jdbc.sql("SELECT * FROM journey_step WHERE project_id = :id")
					.param("id", project.value())
					.query((rs, row) -> state(rs))
					.list());
	}

	@Override
	public void save(RenovationJourney journey) {
		jdbc.sql("DELETE FROM journey_step WHERE project_id = :id").param("id", journey.project().value()).update();
		for (StepState state : journey.steps()) {
			if (state.openedAt() == null && state.doneAt() == null && !state.skipped()) {
				continue;
			}
			jdbc.sql("""
					INSERT INTO journey_step (project_id, step, opened_at, done_at, skipped, note)
					VALUES (:id, :step, :opened, :done, :skipped, :note)
					""")
				.param("id", journey.project().value())
				.param("step", state.step().name())
				.param("opened", timestamp(state.openedAt()))
				.param("done", timestamp(state.doneAt()))
				.param("skipped", state.skipped())
				.param("note", state.note())
				.update();
		}
	}

	@Override
	public List<OpenStep> openSteps(String districtCode) {
		return jdbc.sql("""
				SELECT s.*, p.community_name, p.district_code, p.street_code, p.community_id
				FROM journey_step s JOIN renovation_project p ON p.id = s.project_id
				WHERE s.done_at IS NULL AND NOT s.skipped AND s.opened_at IS NOT NULL
				  AND (CAST(:district AS TEXT) IS NULL OR p.district_code = :district)
				ORDER BY s.opened_at, s.project_id
				""")
			.param("district", districtCode)
			.query((rs, row) -> new OpenStep(new ProjectId(rs.getObject("project_id", UUID.class)),
					rs.getString("community_name"), rs.getString("district_code"), rs.getString("street_code"),
					rs.getString("community_id"), state(rs)))
			.list();
	}

	private static StepState state(ResultSet rs) throws SQLException {
		return new StepState(JourneyStep.valueOf(rs.getString("step")), instant(rs, "opened_at"),
				instant(rs, "done_at"), rs.getBoolean("skipped"), rs.getString("note"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	private static Timestamp timestamp(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

}
