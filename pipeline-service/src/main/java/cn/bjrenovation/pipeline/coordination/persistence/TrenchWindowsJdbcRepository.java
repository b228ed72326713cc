package cn.bjrenovation.pipeline.coordination.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.pipeline.coordination.domain.Participant;
import cn.bjrenovation.pipeline.coordination.domain.ParticipantRole;
import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import cn.bjrenovation.pipeline.coordination.domain.ProtectionException;
import cn.bjrenovation.pipeline.coordination.domain.RoadWork;
import cn.bjrenovation.pipeline.coordination.domain.SegmentCode;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindow;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindows;
import cn.bjrenovation.pipeline.coordination.domain.WindowId;
import cn.bjrenovation.pipeline.coordination.domain.WindowStatus;
import cn.bjrenovation.pipeline.coordination.domain.WorksReport;
import cn.bjrenovation.pipeline.coordination.domain.WorksStage;
import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The windows with their participants. A window's days are a {@code daterange} stored as {@code [start, end + 1)}, so
 * the exclusion constraint {@code trench_window_dig_once} compares whole days.
 */
@Repository
class TrenchWindowsJdbcRepository implements TrenchWindows {

	/** PostgreSQL's SQLSTATE for an exclusion constraint's refusal. */
	static final String EXCLUSION_VIOLATION = "23P01";

	private static final String COLUMNS = """
			SELECT window_id, segment_code, segment_name, lower(period) AS start_day, upper(period) - 1 AS end_day,
			       status, road_work, completed_on, protected_until, exception_reference, exception_approved_by,
			       exception_approved_on, exception_reason, opened_for, opened_by, opened_at
			FROM trench_window
			""";

	private final JdbcClient jdbc;

	TrenchWindowsJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<TrenchWindow> overlapping(SegmentCode segment, LocalDate start, LocalDate end) {
		return first(COLUMNS + """
				WHERE segment_code = :segment AND period && daterange(:start, :end, '[]') AND status <> 'RELEASED'
				ORDER BY lower(period) LIMIT 1
				""", Map.of("segment", segment.value(), "start", start, "end", end));
	}

	@Override
	public Optional<TrenchWindow> protecting(SegmentCode segment, LocalDate day) {
		return first(COLUMNS + """
				WHERE segment_code = :segment AND status = 'COMPLETED' AND protected_until >= :day
				ORDER BY protected_until DESC LIMIT 1
				""", Map.of("segment", segment.value(), "day", day));
	}

	/**
	 * Inserts under a savepoint: when the exclusion constraint refuses the window (another request got in first), the
	 * transaction goes back to before the insert and the window in the way — committed by then, since PostgreSQL
	 * makes the second insert wait for the first transaction — is read and returned.
	 */
	@Override
	public Optional<TrenchWindow> add(TrenchWindow window) {
		jdbc.sql("SAVEPOINT trench_window_add").update();
		try {
			insert(window);
			jdbc.sql("RELEASE SAVEPOINT trench_window_add").update();
			return Optional.empty();
		}
		catch (DataIntegrityViolationException ex) {
			if (!(ex.getMostSpecificCause() instanceof SQLException sql)
					|| !EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
				throw ex;
			}
			jdbc.sql("ROLLBACK TO SAVEPOINT trench_window_add").update();
			return Optional.of(overlapping(window.segment(), window.start(), window.end())
				.orElseThrow(() -> new ConflictException("another window on " + window.segment()
						+ " meets the dates " + window.start() + " to " + window.end() + "; read the street's calendar")));
		}
	}

	private void insert(TrenchWindow window) {
		ProtectionException exception = window.exception();
		Map<String, Object> values = new HashMap<>();
		values.put("id", window.id().value());
		values.put("segment", window.segment().value());
		values.put("name", window.segmentName());
		values.put("street", window.street().value());
		values.put("start", window.start());
		values.put("end", window.end());
		values.put("status", window.status().name());
		values.put("roadWork", window.roadWork().name());
		values.put("reference", exception == null ? null : exception.approvalReference());
		values.put("approvedBy", exception == null ? null : exception.approvedBy());
		values.put("approvedOn", exception == null ? null : exception.approvedOn());
		values.put("reason", exception == null ? null : exception.reason());
		values.put("openedFor", window.openedFor().value());
		values.put("openedBy", window.openedBy());
		values.put("openedAt", Timestamp.from(window.openedAt()));
		jdbc.sql("""
				INSERT INTO trench_window (window_id, segment_code, segment_name, street_code, period, status, road_work,
				    exception_reference, exception_approved_by, exception_approved_on, exception_reason, opened_for,
				    opened_by, opened_at)
				VALUES (:id, :segment, :name, :street, daterange(:start, :end, '[]'), :status, :roadWork, :reference,
				    :approvedBy, :approvedOn, :reason, :openedFor, :openedBy, :openedAt)
				""").params(values).update();
		insertParticipants(window);
	}

	@Override
	public Optional<TrenchWindow> find(WindowId id) {
		return first(COLUMNS + " WHERE window_id = :id", Map.of("id", id.value()));
	}

	@Override
	public Optional<TrenchWindow> lock(WindowId id) {
		return first(COLUMNS + " WHERE window_id = :id FOR UPDATE", Map.of("id", id.value()));
	}

	@Override
	public List<TrenchWindow> ofProject(ProjectId project) {
		return ofProjects(List.of(project));
	}

	/**
	 * The windows a project takes part in or opened: one union of two index lookups (V5), not an {@code OR} across both
	 * tables, which PostgreSQL can only answer by reading every window (30 ms at 100,000 windows).
	 */
	@Override
	public List<TrenchWindow> ofProjects(Collection<ProjectId> projects) {
		if (projects.isEmpty()) {
			return List.of();
		}
		return list(COLUMNS + """
				WHERE window_id IN (SELECT window_id FROM window_participant WHERE project_id IN (:projects)
				                    UNION SELECT window_id FROM trench_window WHERE opened_for IN (:projects))
				ORDER BY lower(period), segment_code
				""", Map.of("projects", projects.stream().map(ProjectId::value).toList()));
	}

	@Override
	public List<TrenchWindow> onStreet(StreetCode street, LocalDate from, LocalDate to) {
		return list(COLUMNS + """
				WHERE street_code = :street AND period && daterange(:from, :to, '[]') AND status <> 'RELEASED'
				ORDER BY lower(period), segment_code
				""", Map.of("street", street.value(), "from", from, "to", to));
	}

	@Override
	public void update(TrenchWindow window) {
		Map<String, Object> values = new HashMap<>();
		values.put("id", window.id().value());
		values.put("status", window.status().name());
		values.put("completedOn", window.completedOn());
		values.put("protectedUntil", window.protectedUntil());
		jdbc.sql("""
				UPDATE trench_window SET status = :status, completed_on = :completedOn, protected_until = :protectedUntil
				WHERE window_id = :id
				""").params(values).update();
		jdbc.sql("DELETE FROM window_participant WHERE window_id = :id").param("id", window.id().value()).update();
		insertParticipants(window);
	}

	@Override
	public void addReport(WorksReport report) {
		jdbc.sql("""
				INSERT INTO works_report (report_id, window_id, project_id, utility, stage, reported_on, note,
				                          reported_by, reported_at)
				VALUES (:id, :window, :project, :utility, :stage, :on, :note, :by, :at)
				""")
			.param("id", report.id())
			.param("window", report.windowId().value())
			.param("project", report.projectId().value())
			.param("utility", report.utility().name())
			.param("stage", report.stage().name())
			.param("on", report.on())
			.param("note", report.note())
			.param("by", report.reportedBy())
			.param("at", Timestamp.from(report.reportedAt()))
			.update();
	}

	private void insertParticipants(TrenchWindow window) {
		for (Participant participant : window.participants()) {
			Map<String, Object> values = new HashMap<>();
			values.put("window", window.id().value());
			values.put("project", participant.projectId().value());
			values.put("utility", participant.utility().name());
			values.put("role", participant.role().name());
			values.put("stage", participant.stage().name());
			values.put("on", participant.stageOn());
			jdbc.sql("""
					INSERT INTO window_participant (window_id, project_id, utility, role, stage, stage_on)
					VALUES (:window, :project, :utility, :role, :stage, :on)
					""").params(values).update();
		}
	}

	private Optional<TrenchWindow> first(String sql, Map<String, Object> parameters) {
		return list(sql, parameters).stream().findFirst();
	}

	/** The windows, then all their participants in one query. */
	private List<TrenchWindow> list(String sql, Map<String, Object> parameters) {
		List<WindowRow> rows = jdbc.sql(sql).params(parameters).query((rs, n) -> row(rs)).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Participant>> participants = new HashMap<>();
		jdbc.sql("""
				SELECT window_id, project_id, utility, role, stage, stage_on FROM window_participant
				WHERE window_id IN (:ids) ORDER BY window_id, role, project_id, utility
				""").param("ids", rows.stream().map(row -> row.id().value()).toList()).query(rs -> {
			participants.computeIfAbsent(rs.getObject("window_id", UUID.class), id -> new ArrayList<>())
				.add(new Participant(new ProjectId(rs.getObject("project_id", UUID.class)),
						Utility.valueOf(rs.getString("utility")), ParticipantRole.valueOf(rs.getString("role")),
						WorksStage.valueOf(rs.getString("stage")), rs.getObject("stage_on", LocalDate.class)));
		});
		return rows.stream().map(row -> row.window(participants.getOrDefault(row.id().value(), List.of()))).toList();
	}

	private record WindowRow(WindowId id, SegmentCode segment, String segmentName, LocalDate start, LocalDate end,
			WindowStatus status, RoadWork roadWork, LocalDate completedOn, LocalDate protectedUntil,
			ProtectionException exception, ProjectId openedFor, String openedBy, java.time.Instant openedAt) {

		TrenchWindow window(List<Participant> participants) {
			return new TrenchWindow(id, segment, segmentName, start, end, status, roadWork, participants, completedOn,
					protectedUntil, exception, openedFor, openedBy, openedAt);
		}

	}

	private static WindowRow row(ResultSet rs) throws SQLException {
		String reference = rs.getString("exception_reference");
		ProtectionException exception = reference == null ? null
				: new ProtectionException(reference, rs.getString("exception_approved_by"),
						rs.getObject("exception_approved_on", LocalDate.class), rs.getString("exception_reason"));
		return new WindowRow(new WindowId(rs.getObject("window_id", UUID.class)),
				new SegmentCode(rs.getString("segment_code")), rs.getString("segment_name"),
				rs.getObject("start_day", LocalDate.class), rs.getObject("end_day", LocalDate.class),
				WindowStatus.valueOf(rs.getString("status")), RoadWork.valueOf(rs.getString("road_work")),
				rs.getObject("completed_on", LocalDate.class), rs.getObject("protected_until", LocalDate.class),
				exception, new ProjectId(rs.getObject("opened_for", UUID.class)), rs.getString("opened_by"),
				rs.getTimestamp("opened_at").toInstant());
	}

}
