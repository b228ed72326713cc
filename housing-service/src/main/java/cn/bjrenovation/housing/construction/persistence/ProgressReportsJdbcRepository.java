package cn.bjrenovation.housing.construction.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.housing.construction.domain.DistrictMonth;
import cn.bjrenovation.housing.construction.domain.ProgressPhoto;
import cn.bjrenovation.housing.construction.domain.ProgressReport;
import cn.bjrenovation.housing.construction.domain.ProgressReport.ItemProgress;
import cn.bjrenovation.housing.construction.domain.ProgressReports;
import cn.bjrenovation.housing.project.domain.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProgressReportsJdbcRepository implements ProgressReports {

	private final JdbcClient jdbc;

	ProgressReportsJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(ProgressReport report) {
		jdbc.sql("""
				INSERT INTO progress_report (id, project_id, reported_on, note, complete, reported_by, reported_at)
				VALUES (:id, :project, :on, :note, :complete, :by, :at)
				""")
			.param("id", report.id())
			.param("project", report.projectId().value())
			.param("on", Date.valueOf(report.reportedOn()))
			.param("note", report.note())
			.param("complete", report.complete())
			.param("by", report.reportedBy())
			.param("at", Timestamp.from(report.reportedAt()))
			.update();
		for (int i = 0; i < report.items().size(); i++) {
			ItemProgress item = report.items().get(i);
			jdbc.sql("INSERT INTO progress_item (report_id, position, code, percent) VALUES (:id, :pos, :code, :pct)")
				.param("id", report.id())
				.param("pos", i)
				.param("code", item.code())
				.param("pct", item.percent())
				.update();
		}
	}

	@Override
	public Optional<ProgressReport> find(ProjectId project, UUID reportId) {
		List<ItemProgress> items = jdbc
			.sql("SELECT code, percent FROM progress_item WHERE report_id = :id ORDER BY position")
			.param("id", reportId)
			.query((rs, row) -> new ItemProgress(rs.getString("code"), rs.getInt("percent")))
			.list();
		return jdbc.sql("SELECT * FROM progress_report WHERE id = :id AND project_id = :project")
			.param("id", reportId)
			.param("project", project.value())
			.query((rs, row) -> new ProgressReport(reportId, project, rs.getDate("reported_on").toLocalDate(), items,
					rs.getString("note"), rs.getBoolean("complete"), rs.getString("reported_by"),
					rs.getTimestamp("reported_at").toInstant()))
			.optional();
	}

	@Override
	public Map<String, Integer> lastPercents(ProjectId project) {
		Map<String, Integer> percents = new HashMap<>();
		jdbc.sql("""
				SELECT DISTINCT ON (i.code) i.code, i.percent
				FROM progress_item i JOIN progress_report r ON r.id = i.report_id
				WHERE r.project_id = :project
				ORDER BY i.code, r.reported_at DESC
				""")
			.param("project", project.value())
			.query((rs, row) -> percents.put(rs.getString("code"), rs.getInt("percent")))
			.list();
		return percents;
	}

	@Override
	public void addPhoto(ProgressPhoto photo, byte[] content) {
		jdbc.sql("""
				INSERT INTO progress_photo (id, report_id, media_type, size_bytes, sha256, content, uploaded_by,
				  uploaded_at)
				VALUES (:id, :report, :type, :size, :sha, :content, :by, :at)
				""")
			.param("id", photo.id())
			.param("report", photo.reportId())
			.param("type", photo.mediaType())
			.param("size", photo.size())
			.param("sha", photo.sha256())
			.param("content", content)
			.param("by", photo.uploadedBy())
			.param("at", Timestamp.from(photo.uploadedAt()))
			.update();
	}

	@Override
	public Optional<PhotoContent> photo(UUID reportId, UUID photoId) {
		return jdbc.sql("SELECT * FROM progress_photo WHERE id = :id AND report_id = :report")
			.param("id", photoId)
			.param("report", reportId)
			.query((rs, row) -> new PhotoContent(photo(rs), rs.getBytes("content")))
			.optional();
	}

	private static ProgressPhoto photo(ResultSet rs) throws SQLException {
		return new ProgressPhoto(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class),
				rs.getString("media_type"), rs.getInt("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
				rs.getTimestamp("uploaded_at").toInstant());
	}

	@Override
	public List<DistrictMonth> monthly(Instant from, Instant to, String districtCode) {
		List<DistrictMonth> months = new ArrayList<>();
		jdbc.sql("""
				SELECT p.district_code,
				  count(*) FILTER (WHERE t.to_status = 'CONSTRUCTION_STARTED') AS started,
				  count(*) FILTER (WHERE t.to_status = 'CONSTRUCTION_COMPLETED') AS completed,
				  count(*) FILTER (WHERE t.to_status = 'ACCEPTED') AS accepted,
				  coalesce(sum(p.floor_area) FILTER (WHERE t.to_status = 'CONSTRUCTION_STARTED'), 0) AS floor_area,
				  coalesce(sum(c.households) FILTER (WHERE t.to_status = 'CONSTRUCTION_STARTED'), 0) AS households
				FROM project_transition t
				  JOIN renovation_project p ON p.id = t.project_id
				  LEFT JOIN community c ON c.id = p.community_id
				WHERE t.at >= :from AND t.at < :to
				  AND t.to_status IN ('CONSTRUCTION_STARTED', 'CONSTRUCTION_COMPLETED', 'ACCEPTED')
				  AND (CAST(:district AS TEXT) IS NULL OR p.district_code = :district)
				GROUP BY p.district_code
				ORDER BY p.district_code
				""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("district", districtCode)
			.query((rs, row) -> months.add(new DistrictMonth(rs.getString("district_code"), rs.getInt("started"),
					rs.getInt("completed"), rs.getInt("accepted"), rs.getBigDecimal("floor_area"),
					rs.getLong("households"))))
			.list();
		return months;
	}

}
