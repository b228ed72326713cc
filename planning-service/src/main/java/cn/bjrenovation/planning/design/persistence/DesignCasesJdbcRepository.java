package cn.bjrenovation.planning.design.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.planning.design.domain.Actor;
import cn.bjrenovation.planning.design.domain.CaseTransition;
import cn.bjrenovation.planning.design.domain.DesignAction;
import cn.bjrenovation.planning.design.domain.DesignCase;
import cn.bjrenovation.planning.design.domain.DesignCaseQuery;
import cn.bjrenovation.planning.design.domain.DesignCaseStatus;
import cn.bjrenovation.planning.design.domain.DesignCases;
import cn.bjrenovation.planning.design.domain.DesignItem;
import cn.bjrenovation.planning.design.domain.DesignProject;
import cn.bjrenovation.planning.design.domain.DesignScheme;
import cn.bjrenovation.planning.design.domain.ItemClass;
import cn.bjrenovation.planning.design.domain.ProjectId;
import cn.bjrenovation.planning.design.domain.ReviewComment;
import cn.bjrenovation.planning.design.domain.ReviewDecision;
import cn.bjrenovation.planning.design.domain.SchemeReview;
import cn.bjrenovation.planning.design.domain.UtilityKind;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Design cases in the {@code design_case} tables. A move is one conditional update on the case's version, so two
 * concurrent moves cannot both succeed; versions and transitions are only ever added.
 */
@Repository
class DesignCasesJdbcRepository implements DesignCases {

	private static final String CASE_COLUMNS = """
			project_id, community_id, community_name, district_code, street_code, plan_year, historic_district, status,
			project_version, opened_at, version""";

	private final JdbcClient jdbc;

	DesignCasesJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<DesignCase> find(ProjectId id) {
		Optional<Row> row = jdbc.sql("SELECT " + CASE_COLUMNS + " FROM design_case WHERE project_id = :id")
			.param("id", id.value())
			.query((rs, n) -> row(rs))
			.optional();
		return row.map(found -> new DesignCase(found.project(), found.status(), found.openedAt(), found.version(),
				schemes(id), history(id)));
	}

	@Override
	public void open(DesignCase opened) {
		DesignProject project = opened.project();
		jdbc.sql("INSERT INTO design_case (" + CASE_COLUMNS + """
				) VALUES (:id, :community, :name, :district, :street, :year, :historic, :status, :projectVersion,
				          :openedAt, :version)""")
			.params(caseParameters(opened))
			.param("community", project.communityId().value())
			.param("district", project.district().value())
			.param("street", project.street().value())
			.param("openedAt", Timestamp.from(opened.openedAt()))
			.update();
		transition(opened);
	}

	@Override
	public void moved(DesignCase before, DesignCase after) {
		int updated = jdbc.sql("""
				UPDATE design_case
				SET status = :status, version = :version, community_name = :name, plan_year = :year,
				    historic_district = :historic, project_version = :projectVersion
				WHERE project_id = :id AND version = :expected
				""")
			.params(caseParameters(after))
			.param("expected", before.version())
			.update();
		if (updated != 1) {
			throw new ConflictException("design case " + before.id() + " was changed meanwhile (it is no longer at version "
					+ before.version() + "); read it again");
		}
		transition(after);
		if (after.schemes().size() > before.schemes().size()) {
			insertScheme(after.id(), after.current().orElseThrow());
		}
		else if (after.current().map(DesignScheme::review).isPresent()
				&& before.current().map(DesignScheme::review).isEmpty()) {
			insertReview(after.id(), after.current().orElseThrow());
		}
	}

	@Override
	public List<DesignCase> list(DesignCaseQuery query) {
		StringBuilder sql = new StringBuilder("SELECT " + CASE_COLUMNS + " FROM design_case WHERE true");
		Map<String, Object> parameters = new HashMap<>();
		if (query.district() != null) {
			sql.append(" AND district_code = :district");
			parameters.put("district", query.district());
		}
		if (query.street() != null) {
			sql.append(" AND street_code = :street");
			parameters.put("street", query.street());
		}
		if (query.status() != null) {
			sql.append(" AND status = :status");
			parameters.put("status", query.status().name());
		}
		if (query.streets() != null) {
			sql.append(" AND street_code = ANY (CAST(:streets AS TEXT[]))");
			parameters.put("streets", query.streets().toArray(String[]::new));
		}
		if (query.statuses() != null) {
			sql.append(" AND status = ANY (CAST(:statuses AS TEXT[]))");
			parameters.put("statuses", query.statuses().stream().map(Enum::name).toArray(String[]::new));
		}
		if (query.after() != null) {
			sql.append(" AND project_id > :after");
			parameters.put("after", query.after().value());
		}
		sql.append(" ORDER BY project_id LIMIT :limit");
		parameters.put("limit", query.pageSize());
		return jdbc.sql(sql.toString())
			.params(parameters)
			.query((rs, n) -> row(rs))
			.list()
			.stream()
			.map(row -> new DesignCase(row.project(), row.status(), row.openedAt(), row.version(), List.of(), List.of()))
			.toList();
	}

	private record Row(DesignProject project, DesignCaseStatus status, java.time.Instant openedAt, long version) {
	}

	private static Row row(ResultSet rs) throws SQLException {
		DesignProject project = new DesignProject(new ProjectId(rs.getObject("project_id", UUID.class)),
				new CommunityId(rs.getObject("community_id", UUID.class)), rs.getString("community_name"),
				new DistrictCode(rs.getString("district_code")), new StreetCode(rs.getString("street_code")),
				rs.getInt("plan_year"), rs.getBoolean("historic_district"), rs.getLong("project_version"));
		return new Row(project, DesignCaseStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("opened_at").toInstant(), rs.getLong("version"));
	}

	private static Map<String, Object> caseParameters(DesignCase designCase) {
		DesignProject project = designCase.project();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", project.id().value());
		parameters.put("name", project.communityName());
		parameters.put("year", project.planYear());
		parameters.put("historic", project.historicDistrict());
		parameters.put("status", designCase.status().name());
		parameters.put("projectVersion", project.projectVersion());
		parameters.put("version", designCase.version());
		return parameters;
	}

	private void transition(DesignCase designCase) {
		CaseTransition last = designCase.last();
		jdbc.sql("""
				INSERT INTO design_case_transition (project_id, action, from_status, to_status, subject, role, scope, at,
				                                    reasons)
				VALUES (:id, :action, :from, :to, :subject, :role, :scope, :at, CAST(:reasons AS TEXT[]))
				""")
			.param("id", designCase.id().value())
			.param("action", last.action().name())
			.param("from", last.from() == null ? null : last.from().name())
			.param("to", last.to().name())
			.param("subject", last.actor().subject())
			.param("role", last.actor().role())
			.param("scope", last.actor().scope())
			.param("at", Timestamp.from(last.at()))
			.param("reasons", last.reasons().toArray(String[]::new))
			.update();
	}

	private void insertScheme(ProjectId id, DesignScheme scheme) {
		jdbc.sql("""
				INSERT INTO design_scheme (project_id, version, changes_land_rights, changes_planning_conditions,
				                           historic_keeping, summary, total_cost_fen, opinion_ids, attachment_ids,
				                           changed_parts, submitted_by, submitted_at)
				VALUES (:id, :version, :landRights, :planningConditions, :historicKeeping, :summary, :total,
				        CAST(:opinions AS UUID[]), CAST(:attachments AS UUID[]), CAST(:changed AS TEXT[]), :by, :at)
				""")
			.param("id", id.value())
			.param("version", scheme.version())
			.param("landRights", scheme.changesLandRights())
			.param("planningConditions", scheme.changesPlanningConditions())
			.param("historicKeeping", scheme.historicKeeping())
			.param("summary", scheme.summary())
			.param("total", scheme.totalCostFen())
			.param("opinions", scheme.opinionIds().stream().map(UUID::toString).toArray(String[]::new))
			.param("attachments", scheme.attachmentIds().stream().map(UUID::toString).toArray(String[]::new))
			.param("changed", scheme.changedParts().stream().sorted().toArray(String[]::new))
			.param("by", scheme.submittedBy())
			.param("at", Timestamp.from(scheme.submittedAt()))
			.update();
		int position = 0;
		for (DesignItem item : scheme.items()) {
			jdbc.sql("""
					INSERT INTO design_item (project_id, version, position, code, name, item_class, quantity, unit,
					                         estimated_cost_fen, touches_utility, utility, description,
					                         demolishes_determination)
					VALUES (:id, :version, :position, :code, :name, :itemClass, :quantity, :unit, :cost, :touches,
					        :utility, :description, :demolishes)
					""")
				.param("id", id.value())
				.param("version", scheme.version())
				.param("position", position++)
				.param("code", item.code())
				.param("name", item.name())
				.param("itemClass", item.itemClass().name())
				.param("quantity", item.quantity())
				.param("unit", item.unit())
				.param("cost", item.estimatedCostFen())
				.param("touches", item.touchesUtility())
				.param("utility", item.utility() == null ? null : item.utility().name())
				.param("description", item.description())
				.param("demolishes", item.demolishes())
				.update();
		}
	}

	private void insertReview(ProjectId id, DesignScheme scheme) {
		SchemeReview review = scheme.review();
		jdbc.sql("""
				UPDATE design_scheme SET decision = :decision, reviewed_by = :by, reviewed_at = :at
				WHERE project_id = :id AND version = :version AND decision IS NULL
				""")
			.param("id", id.value())
			.param("version", scheme.version())
			.param("decision", review.decision().name())
			.param("by", review.reviewer())
			.param("at", Timestamp.from(review.at()))
			.update();
		int position = 0;
		for (ReviewComment comment : review.comments()) {
			jdbc.sql("""
					INSERT INTO review_comment (project_id, version, position, part, text)
					VALUES (:id, :version, :position, :part, :text)
					""")
				.param("id", id.value())
				.param("version", scheme.version())
				.param("position", position++)
				.param("part", comment.part())
				.param("text", comment.text())
				.update();
		}
	}

	private List<DesignScheme> schemes(ProjectId id) {
		Map<Integer, List<DesignItem>> items = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT version, code, name, item_class, quantity, unit, estimated_cost_fen, utility, description,
				       demolishes_determination
				FROM design_item WHERE project_id = :id ORDER BY version, position
				""")
			.param("id", id.value())
			.query((rs, n) -> {
				items.computeIfAbsent(rs.getInt("version"), v -> new ArrayList<>())
					.add(new DesignItem(rs.getString("code"), rs.getString("name"),
							ItemClass.valueOf(rs.getString("item_class")), rs.getBigDecimal("quantity").stripTrailingZeros(),
							rs.getString("unit"), rs.getLong("estimated_cost_fen"),
							rs.getString("utility") == null ? null : UtilityKind.valueOf(rs.getString("utility")),
							rs.getString("description"), rs.getObject("demolishes_determination", UUID.class)));
				return null;
			})
			.list();
		Map<Integer, List<ReviewComment>> comments = new HashMap<>();
		jdbc.sql("SELECT version, part, text FROM review_comment WHERE project_id = :id ORDER BY version, position")
			.param("id", id.value())
			.query((rs, n) -> comments.computeIfAbsent(rs.getInt("version"), v -> new ArrayList<>())
				.add(new ReviewComment(rs.getString("part"), rs.getString("text"))))
			.list();
		return jdbc.sql("""
				SELECT version, changes_land_rights, changes_planning_conditions, historic_keeping, summary,
				       opinion_ids::text[] AS opinion_ids, attachment_ids::text[] AS attachment_ids, changed_parts,
				       submitted_by, submitted_at, decision, reviewed_by, reviewed_at
				FROM design_scheme WHERE project_id = :id ORDER BY version
				""")
			.param("id", id.value())
			.query((rs, n) -> {
				int version = rs.getInt("version");
				SchemeReview review = rs.getString("decision") == null ? null
						: new SchemeReview(ReviewDecision.valueOf(rs.getString("decision")),
								comments.getOrDefault(version, List.of()), rs.getString("reviewed_by"),
								rs.getTimestamp("reviewed_at").toInstant());
				return new DesignScheme(version, items.getOrDefault(version, List.of()),
						rs.getBoolean("changes_land_rights"), rs.getBoolean("changes_planning_conditions"),
						rs.getString("historic_keeping"), rs.getString("summary"), uuids(rs.getArray("opinion_ids")),
						uuids(rs.getArray("attachment_ids")), new LinkedHashSet<>(texts(rs.getArray("changed_parts"))),
						rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(), review);
			})
			.list();
	}

	private List<CaseTransition> history(ProjectId id) {
		return jdbc.sql("""
				SELECT action, from_status, to_status, subject, role, scope, at, reasons
				FROM design_case_transition WHERE project_id = :id ORDER BY id
				""")
			.param("id", id.value())
			.query((rs, n) -> new CaseTransition(DesignAction.valueOf(rs.getString("action")),
					rs.getString("from_status") == null ? null : DesignCaseStatus.valueOf(rs.getString("from_status")),
					DesignCaseStatus.valueOf(rs.getString("to_status")),
					new Actor(rs.getString("subject"), rs.getString("role"), rs.getString("scope")),
					rs.getTimestamp("at").toInstant(), texts(rs.getArray("reasons"))))
			.list();
	}

	private static List<String> texts(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

	private static List<UUID> uuids(Array array) throws SQLException {
		return texts(array).stream().map(UUID::fromString).toList();
	}

}
