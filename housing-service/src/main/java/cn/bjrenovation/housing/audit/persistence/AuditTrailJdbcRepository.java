package cn.bjrenovation.housing.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import cn.bjrenovation.housing.audit.domain.AuditChain;
import cn.bjrenovation.housing.audit.domain.AuditEntry;
import cn.bjrenovation.housing.audit.domain.AuditQuery;
import cn.bjrenovation.housing.audit.domain.AuditTrailRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditTrailJdbcRepository implements AuditTrailRecords {

	private static final String COLUMNS = "position, record_id, at, source, kind, subject, role, scope, operation, "
			+ "target, outcome, trace, previous_hash, hash";

	private final JdbcClient jdbc;

	AuditTrailJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String lockHead() {
		jdbc.sql("LOCK TABLE audit_record IN SHARE ROW EXCLUSIVE MODE").update();
		return jdbc.sql("SELECT hash FROM audit_record ORDER BY position DESC LIMIT 1")
			.query(String.class)
			.optional()
			.orElse(AuditChain.GENESIS);
	}

	@Override
	public void append(AuditEntry link) {
		jdbc.sql("""
				INSERT INTO audit_record (record_id, at, source, kind, subject, role, scope, operation, target, outcome,
				                          trace, previous_hash, hash)
				VALUES (:recordId, :at, :source, :kind, :subject, :role, :scope, :operation, :target, :outcome,
				        :trace, :previousHash, :hash)
				""")
			.param("recordId", link.recordId())
			.param("at", Timestamp.from(link.at()))
			.param("source", link.source())
			.param("kind", link.kind())
			.param("subject", link.subject())
			.param("role", link.role())
			.param("scope", link.scope())
			.param("operation", link.operation())
			.param("target", link.target())
			.param("outcome", link.outcome())
			.param("trace", link.trace())
			.param("previousHash", link.previousHash())
			.param("hash", link.hash())
			.update();
	}

	@Override
	public List<AuditEntry> find(AuditQuery query) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM audit_record
				WHERE position > :after
				  AND (CAST(:subject AS text) IS NULL OR subject = :subject)
				  AND (CAST(:operation AS text) IS NULL OR operation = :operation)
				  AND (CAST(:source AS text) IS NULL OR source = :source)
				  AND (CAST(:kind AS text) IS NULL OR kind = :kind)
				  AND (CAST(:trace AS text) IS NULL OR trace = :trace)
				ORDER BY position
				LIMIT :limit
				""")
			.param("after", query.afterPosition())
			.param("subject", query.subject())
			.param("operation", query.operation())
			.param("source", query.source())
			.param("kind", query.kind())
			.param("trace", query.trace())
			.param("limit", query.limit())
			.query(AuditTrailJdbcRepository::entry)
			.list();
	}

	@Override
	public <T> T readAll(Function<Stream<AuditEntry>, T> reader) {
		try (Stream<AuditEntry> links = jdbc.sql("SELECT " + COLUMNS + " FROM audit_record ORDER BY position")
			.withFetchSize(1000)
			.query(AuditTrailJdbcRepository::entry)
			.stream()) {
			return reader.apply(links);
		}
	}

	private static AuditEntry entry(ResultSet row, int number) throws SQLException {
		return new AuditEntry(row.getLong("position"), row.getString("record_id"),
				row.getTimestamp("at").toInstant(), row.getString("source"), row.getString("kind"),
				row.getString("subject"), row.getString("role"), row.getString("scope"), row.getString("operation"),
				row.getString("target"), row.getString("outcome"), row.getString("trace"), row.getString("previous_hash"),
				row.getString("hash"));
	}

}
