package cn.bjrenovation.housing.process.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.housing.process.domain.JourneyStep;
import cn.bjrenovation.housing.process.domain.Journeys;
import cn.bjrenovation.housing.process.domain.RenovationJourney;
import cn.bjrenovation.housing.process.domain.StepState;
import cn.bjrenovation.housing.project.domain.ProjectId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JourneysJdbcRepository implements Journeys {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	JourneysJdbcRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	@Override
	public Map<ProjectId, RenovationJourney> lockAll(Collection<ProjectId> projects) {
		List<UUID> ids = projects.stream().map(ProjectId::value).distinct().sorted().toList();
		if (ids.isEmpty()) {
			return Map.of();
		}
		// one statement: the advisory locks in the ids' order, then every step of the locked projects
		jdbc.sql("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(k) FROM unnest(CAST(:keys AS BIGINT[])) AS k) AS locked")
			.param("keys", ids.stream().map(JourneysJdbcRepository::lockKey).toArray(Long[]::new))
			.query()
			.singleValue();
		Map<ProjectId, List<StepState>> steps = new LinkedHashMap<>();
		ids.forEach(id -> steps.put(new ProjectId(id), new ArrayList<>()));
		jdbc.sql("SELECT * FROM journey_step WHERE project_id = ANY(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query(rs -> {
				steps.get(new ProjectId(rs.getObject("project_id", UUID.class))).add(state(rs));
			});
		Map<ProjectId, RenovationJourney> journeys = new LinkedHashMap<>();
		steps.forEach((project, known) -> journeys.put(project, RenovationJourney.of(project, known)));
		return journeys;
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
	public void saveAll(Collection<RenovationJourney> journeys) {
		if (journeys.isEmpty()) {
			return;
		}
		jdbc.sql("DELETE FROM journey_step WHERE project_id = ANY(:ids)")
			.param("ids", journeys.stream().map(journey -> journey.project().value()).toArray(UUID[]::new))
			.update();
		List<MapSqlParameterSource> rows = new ArrayList<>();
		for (RenovationJourney journey : journeys) {
			for (StepState state : journey.steps()) {
				if (state.openedAt() != null || state.doneAt() != null || state.skipped()) {
					rows.add(new MapSqlParameterSource().addValue("id", journey.project().value())
						.addValue("step", state.step().name())
						.addValue("opened", timestamp(state.openedAt()))
						.addValue("done", timestamp(state.doneAt()))
						.addValue("skipped", state.skipped())
						.addValue("note", state.note()));
				}
			}
		}
		batches.batchUpdate("""
				INSERT INTO journey_step (project_id, step, opened_at, done_at, skipped, note)
				VALUES (:id, :step, :opened, :done, :skipped, :note)
				""", rows.toArray(MapSqlParameterSource[]::new));
	}

	private static long lockKey(UUID id) {
		return id.getMostSignificantBits() ^ id.getLeastSignificantBits();
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
