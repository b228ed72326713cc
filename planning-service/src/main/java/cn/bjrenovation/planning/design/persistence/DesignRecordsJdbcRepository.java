package cn.bjrenovation.planning.design.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.planning.design.domain.Attachment;
import cn.bjrenovation.planning.design.domain.AttachmentKind;
import cn.bjrenovation.planning.design.domain.Attachments;
import cn.bjrenovation.planning.design.domain.CollectionMethod;
import cn.bjrenovation.planning.design.domain.CommitmentCheck;
import cn.bjrenovation.planning.design.domain.Evaluations;
import cn.bjrenovation.planning.design.domain.ItemPermit;
import cn.bjrenovation.planning.design.domain.ItemPermits;
import cn.bjrenovation.planning.design.domain.OpinionCollection;
import cn.bjrenovation.planning.design.domain.Opinions;
import cn.bjrenovation.planning.design.domain.PermitDetermination;
import cn.bjrenovation.planning.design.domain.PostRenovationEvaluation;
import cn.bjrenovation.planning.design.domain.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a design case gathers besides its versions: residents' opinions, attachments (bytes in {@code bytea} with their
 * SHA-256), the approved scheme's permits and the post-renovation evaluation.
 */
@Repository
class DesignRecordsJdbcRepository implements Opinions, Attachments, ItemPermits, Evaluations {

	private static final String ATTACHMENT_COLUMNS = """
			id, project_id, kind, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at""";

	private final JdbcClient jdbc;

	DesignRecordsJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(OpinionCollection collection) {
		jdbc.sql("""
				INSERT INTO opinion_collection (id, project_id, method, collected_from, collected_to, participants,
				                                requests, recorded_by, recorded_at)
				VALUES (:id, :project, :method, :from, :to, :participants, CAST(:requests AS TEXT[]), :by, :at)
				""")
			.param("id", collection.id())
			.param("project", collection.projectId().value())
			.param("method", collection.method().name())
			.param("from", collection.collectedFrom())
			.param("to", collection.collectedTo())
			.param("participants", collection.participants())
			.param("requests", collection.requests().toArray(String[]::new))
			.param("by", collection.recordedBy())
			.param("at", Timestamp.from(collection.recordedAt()))
			.update();
	}

	@Override
	public List<OpinionCollection> recordedFor(ProjectId projectId) {
		return jdbc.sql("""
				SELECT id, method, collected_from, collected_to, participants, requests, recorded_by, recorded_at
				FROM opinion_collection WHERE project_id = :project ORDER BY recorded_at, id
				""")
			.param("project", projectId.value())
			.query((rs, n) -> new OpinionCollection(rs.getObject("id", UUID.class), projectId,
					CollectionMethod.valueOf(rs.getString("method")), rs.getDate("collected_from").toLocalDate(),
					rs.getDate("collected_to").toLocalDate(), rs.getInt("participants"), texts(rs.getArray("requests")),
					rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	@Override
	public void add(Attachment attachment, byte[] content) {
		jdbc.sql("INSERT INTO design_attachment (" + ATTACHMENT_COLUMNS + """
				, content) VALUES (:id, :project, :kind, :fileName, :mediaType, :size, :sha256, :by, :at, :content)""")
			.param("id", attachment.id())
			.param("project", attachment.projectId().value())
			.param("kind", attachment.kind().name())
			.param("fileName", attachment.fileName())
			.param("mediaType", attachment.mediaType())
			.param("size", attachment.sizeBytes())
			.param("sha256", attachment.sha256())
			.param("by", attachment.uploadedBy())
			.param("at", Timestamp.from(attachment.uploadedAt()))
			.param("content", content)
			.update();
	}

	@Override
	public Optional<Attachment> find(ProjectId projectId, UUID id) {
		return jdbc.sql("SELECT " + ATTACHMENT_COLUMNS + " FROM design_attachment WHERE id = :id AND project_id = :project")
			.param("id", id)
			.param("project", projectId.value())
			.query((rs, n) -> attachment(rs))
			.optional();
	}

	@Override
	public List<Attachment> attachedTo(ProjectId projectId) {
		return jdbc.sql("SELECT " + ATTACHMENT_COLUMNS + " FROM design_attachment WHERE project_id = :project ORDER BY uploaded_at, id")
			.param("project", projectId.value())
			.query((rs, n) -> attachment(rs))
			.list();
	}

	@Override
	public byte[] content(UUID id) {
		return jdbc.sql("SELECT content FROM design_attachment WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getBytes("content"))
			.single();
	}

	@Override
	public void replace(ProjectId projectId, int schemeVersion, List<ItemPermit> permits) {
		jdbc.sql("DELETE FROM item_permit WHERE project_id = :project").param("project", projectId.value()).update();
		for (ItemPermit permit : permits) {
			jdbc.sql("""
					INSERT INTO item_permit (project_id, scheme_version, code, determination, suggested, reason,
					                         determined_by, determined_at, check_passed, check_note, checked_by, checked_at)
					VALUES (:project, :version, :code, :determination, :suggested, :reason, :by, :at, :passed, :note,
					        :checkedBy, :checkedAt)
					""")
				.param("project", projectId.value())
				.param("version", schemeVersion)
				.param("code", permit.code())
				.param("determination", permit.determination().name())
				.param("suggested", permit.suggested().name())
				.param("reason", permit.reason())
				.param("by", permit.determinedBy())
				.param("at", Timestamp.from(permit.determinedAt()))
				.param("passed", permit.check() == null ? null : permit.check().passed())
				.param("note", permit.check() == null ? null : permit.check().note())
				.param("checkedBy", permit.check() == null ? null : permit.check().checkedBy())
				.param("checkedAt", permit.check() == null ? null : Timestamp.from(permit.check().checkedAt()))
				.update();
		}
	}

	@Override
	public List<ItemPermit> permitsOf(ProjectId projectId) {
		return jdbc.sql("""
				SELECT p.code, p.determination, p.suggested, p.reason, p.determined_by, p.determined_at, p.check_passed,
				       p.check_note, p.checked_by, p.checked_at
				FROM item_permit p
				LEFT JOIN design_item i ON i.project_id = p.project_id AND i.version = p.scheme_version AND i.code = p.code
				WHERE p.project_id = :project ORDER BY i.position
				""")
			.param("project", projectId.value())
			.query((rs, n) -> new ItemPermit(rs.getString("code"), PermitDetermination.valueOf(rs.getString("determination")),
					PermitDetermination.valueOf(rs.getString("suggested")), rs.getString("reason"),
					rs.getString("determined_by"), rs.getTimestamp("determined_at").toInstant(),
					rs.getObject("check_passed") == null ? null
							: new CommitmentCheck(rs.getBoolean("check_passed"), rs.getString("check_note"),
									rs.getString("checked_by"), rs.getTimestamp("checked_at").toInstant())))
			.list();
	}

	@Override
	public boolean add(PostRenovationEvaluation evaluation) {
		return jdbc.sql("""
				INSERT INTO post_renovation_evaluation (project_id, rating, findings, evaluated_by, evaluated_at)
				VALUES (:project, :rating, :findings, :by, :at) ON CONFLICT (project_id) DO NOTHING
				""")
			.param("project", evaluation.projectId().value())
			.param("rating", evaluation.rating())
			.param("findings", evaluation.findings())
			.param("by", evaluation.evaluatedBy())
			.param("at", Timestamp.from(evaluation.evaluatedAt()))
			.update() == 1;
	}

	@Override
	public Optional<PostRenovationEvaluation> evaluationOf(ProjectId projectId) {
		return jdbc.sql("""
				SELECT rating, findings, evaluated_by, evaluated_at FROM post_renovation_evaluation
				WHERE project_id = :project
				""")
			.param("project", projectId.value())
			.query((rs, n) -> new PostRenovationEvaluation(projectId, rs.getInt("rating"), rs.getString("findings"),
					rs.getString("evaluated_by"), rs.getTimestamp("evaluated_at").toInstant()))
			.optional();
	}

	private static Attachment attachment(java.sql.ResultSet rs) throws SQLException {
		return new Attachment(rs.getObject("id", UUID.class), new ProjectId(rs.getObject("project_id", UUID.class)),
				AttachmentKind.valueOf(rs.getString("kind")), rs.getString("file_name"), rs.getString("media_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
				rs.getTimestamp("uploaded_at").toInstant());
	}

	private static List<String> texts(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
