package cn.bjrenovation.housing.project.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.housing.project.domain.Actor;
import cn.bjrenovation.housing.project.domain.Application;
import cn.bjrenovation.housing.project.domain.Consent;
import cn.bjrenovation.housing.project.domain.ItemClass;
import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectCommunity;
import cn.bjrenovation.housing.project.domain.ProjectFilter;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.ProjectPage;
import cn.bjrenovation.housing.project.domain.ProjectStatus;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.housing.project.domain.RenovationItem;
import cn.bjrenovation.housing.project.domain.RenovationItemCatalogue;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.housing.project.domain.ReservePoolPage;
import cn.bjrenovation.housing.project.domain.Transition;
import cn.bjrenovation.platform.place.CommitteeCode;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Projects in {@code renovation_project}, their items in {@code project_item} and their history in
 * {@code project_transition}. The database holds the rules it can: one open project per community (a partial unique
 * index), consent figures that add up, and a move stored only over the version it was made from.
 */
@Repository
class ProjectsJdbcRepository implements Projects {

	private static final String COLUMNS = """
			p.id, p.community_id, p.community_name, p.district_code, p.street_code, p.committee_code, p.build_year,
			p.floor_area, p.status, p.plan_year, p.owners, p.owners_agreeing, p.area, p.area_agreeing,
			p.obligations_accepted, p.note""";

	/** Ids per query when many projects are read at once. */
	private static final int CHUNK = 5_000;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	private final RenovationItemCatalogue catalogue;

	ProjectsJdbcRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches, RenovationItemCatalogue catalogue) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.catalogue = catalogue;
	}

	@Override
	public void add(RenovationProject project) {
		ProjectCommunity community = project.community();
		Map<String, Object> row = new HashMap<>(state(project));
		row.put("id", project.id().value());
		row.put("community", community.id().value());
		row.put("communityName", community.name());
		row.put("district", community.districtCode());
		row.put("street", community.streetCode());
		row.put("committee", community.committee() == null ? null : community.committee().value());
		row.put("buildYear", community.buildYear());
		row.put("floorArea", community.floorArea());
		row.put("appliedAt", Timestamp.from(project.appliedAt()));
		try {
			jdbc.sql("""
					INSERT INTO renovation_project (id, community_id, community_name, district_code, street_code,
					  committee_code, build_year, floor_area, status, open, plan_year, owners, owners_agreeing, area,
					  area_agreeing, obligations_accepted, note, applied_at, version)
					VALUES (:id, :community, :communityName, :district, :street, :committee, :buildYear, :floorArea,
					  :status, :open, :planYear, :owners, :ownersAgreeing, :area, :areaAgreeing, :obligations, :note,
					  :appliedAt, :version)
					""").params(row).update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("rule one-application-per-round (plan §三(一) 申报制, A1-3): community "
					+ community.id() + " already has an open project; resubmit or withdraw that one");
		}
		insertItems(project);
		insertTransitions(project, 0);
	}

	@Override
	public boolean replace(RenovationProject moved, int expectedVersion) {
		Map<String, Object> row = new HashMap<>(state(moved));
		row.put("id", moved.id().value());
		row.put("expected", expectedVersion);
		int updated = jdbc.sql("""
				UPDATE renovation_project
				SET status = :status, open = :open, plan_year = :planYear, owners = :owners,
				    owners_agreeing = :ownersAgreeing, area = :area, area_agreeing = :areaAgreeing,
				    obligations_accepted = :obligations, note = :note, version = :version
				WHERE id = :id AND version = :expected
				""").params(row).update();
		if (updated != 1) {
			return false;
		}
		jdbc.sql("DELETE FROM project_item WHERE project_id = :id").param("id", moved.id().value()).update();
		insertItems(moved);
		insertTransitions(moved, expectedVersion);
		return true;
	}

	@Override
	public boolean replaceAll(List<RenovationProject> moved, Map<ProjectId, Integer> expectedVersions) {
		if (moved.isEmpty()) {
			return true;
		}
		List<MapSqlParameterSource> updates = new ArrayList<>();
		List<MapSqlParameterSource> transitions = new ArrayList<>();
		for (RenovationProject project : moved) {
			int expected = expectedVersions.get(project.id());
			updates.add(new MapSqlParameterSource().addValue("id", project.id().value())
				.addValue("status", project.status().name())
				.addValue("open", !project.status().closed())
				.addValue("planYear", project.planYear())
				.addValue("version", project.version())
				.addValue("expected", expected));
			project.history().subList(expected, project.history().size())
				.forEach(transition -> transitions.add(transitionRow(project.id(), transition)));
		}
		int[] counts = batches.batchUpdate("""
				UPDATE renovation_project SET status = :status, open = :open, plan_year = :planYear, version = :version
				WHERE id = :id AND version = :expected
				""", updates.toArray(MapSqlParameterSource[]::new));
		for (int count : counts) {
			if (count != 1) {
				return false;
			}
		}
		batches.batchUpdate(INSERT_TRANSITION, transitions.toArray(MapSqlParameterSource[]::new));
		return true;
	}

	/** The columns a move may change. */
	private static Map<String, Object> state(RenovationProject project) {
		Consent consent = project.application().consent();
		Map<String, Object> row = new HashMap<>();
		row.put("status", project.status().name());
		row.put("open", !project.status().closed());
		row.put("planYear", project.planYear());
		row.put("owners", consent.owners());
		row.put("ownersAgreeing", consent.ownersAgreeing());
		row.put("area", consent.area());
		row.put("areaAgreeing", consent.areaAgreeing());
		row.put("obligations", project.application().obligationsAccepted());
		row.put("note", project.application().note());
		row.put("version", project.version());
		return row;
	}

	private void insertItems(RenovationProject project) {
		List<RenovationItem> items = project.application().items();
		for (int i = 0; i < items.size(); i++) {
			jdbc.sql("""
					INSERT INTO project_item (project_id, position, code, item_class, touches_utility)
					VALUES (:project, :position, :code, :itemClass, :touches)
					""")
				.param("project", project.id().value())
				.param("position", i)
				.param("code", items.get(i).code())
				.param("itemClass", items.get(i).itemClass().name())
				.param("touches", items.get(i).touchesUtility())
				.update();
		}
	}

	private static final String INSERT_TRANSITION = """
			INSERT INTO project_transition (project_id, sequence, action, from_status, to_status, subject, role, scope,
			  at, reasons, plan_year)
			VALUES (:project, :sequence, :action, :from, :to, :subject, :role, :scope, :at, :reasons, :year)
			""";

	private void insertTransitions(RenovationProject project, int after) {
		for (Transition transition : project.history().subList(after, project.history().size())) {
			jdbc.sql(INSERT_TRANSITION).paramSource(transitionRow(project.id(), transition)).update();
		}
	}

	private static MapSqlParameterSource transitionRow(ProjectId project, Transition transition) {
		return new MapSqlParameterSource().addValue("project", project.value())
			.addValue("sequence", transition.sequence())
			.addValue("action", transition.action().name())
			.addValue("from", transition.from() == null ? null : transition.from().name())
			.addValue("to", transition.to().name())
			.addValue("subject", transition.actor().subject())
			.addValue("role", transition.actor().role())
			.addValue("scope", transition.actor().scope())
			.addValue("at", Timestamp.from(transition.at()))
			.addValue("reasons", transition.reasons().toArray(String[]::new))
			.addValue("year", transition.year());
	}

	@Override
	public Optional<RenovationProject> find(ProjectId id) {
		List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM renovation_project p WHERE p.id = :id")
			.param("id", id.value())
			.query((rs, n) -> row(rs))
			.list();
		return assemble(rows).stream().findFirst();
	}

	@Override
	public List<RenovationProject> findAll(Collection<ProjectId> ids) {
		List<RenovationProject> found = new ArrayList<>();
		List<UUID> values = ids.stream().map(ProjectId::value).distinct().toList();
		for (int from = 0; from < values.size(); from += CHUNK) {
			List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM renovation_project p WHERE p.id IN (:ids)")
				.param("ids", values.subList(from, Math.min(values.size(), from + CHUNK)))
				.query((rs, n) -> row(rs))
				.list();
			found.addAll(assemble(rows));
		}
		return found;
	}

	@Override
	public ReservePoolPage reservePool(String districtCode, int pageSize, ReservePoolPage.Cursor after) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + ", c.hotline_complaints"
				+ " FROM renovation_project p JOIN community c ON c.id = p.community_id WHERE p.status = 'RESERVED'");
		Map<String, Object> params = new LinkedHashMap<>();
		condition(sql, params, "p.district_code = :district", "district", districtCode);
		if (after != null) {
			sql.append(" AND (c.hotline_complaints < :afterComplaints OR c.hotline_complaints = :afterComplaints"
					+ " AND (p.applied_at, p.id) > (:afterAt, :afterId))");
			params.put("afterComplaints", after.hotlineComplaints());
			params.put("afterAt", Timestamp.from(after.appliedAt()));
			params.put("afterId", after.id().value());
		}
		sql.append(" ORDER BY c.hotline_complaints DESC, p.applied_at, p.id LIMIT :limit");
		params.put("limit", pageSize + 1);
		Map<UUID, Integer> complaints = new HashMap<>();
		List<Row> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
			complaints.put(rs.getObject("id", UUID.class), rs.getInt("hotline_complaints"));
			return row(rs);
		}).list();
		boolean more = rows.size() > pageSize;
		List<ReservePoolPage.Entry> items = assemble(more ? rows.subList(0, pageSize) : rows).stream()
			.map(project -> new ReservePoolPage.Entry(project, complaints.get(project.id().value())))
			.toList();
		ReservePoolPage.Entry last = items.isEmpty() ? null : items.get(items.size() - 1);
		return new ReservePoolPage(items, more ? new ReservePoolPage.Cursor(last.hotlineComplaints(),
				last.project().appliedAt(), last.project().id()) : null);
	}

	@Override
	public Optional<ProjectId> openProjectOf(CommunityId community) {
		return jdbc.sql("SELECT id FROM renovation_project WHERE community_id = :community AND open")
			.param("community", community.value())
			.query((rs, n) -> new ProjectId(rs.getObject("id", UUID.class)))
			.optional();
	}

	@Override
	public ProjectPage list(ProjectFilter filter, int pageSize, ProjectPage.Cursor after) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + ", p.applied_at FROM renovation_project p WHERE true");
		Map<String, Object> params = new LinkedHashMap<>();
		condition(sql, params, "p.status = :status", "status", filter.status() == null ? null : filter.status().name());
		condition(sql, params, "p.district_code = :district", "district", filter.districtCode());
		condition(sql, params, "p.street_code = :street", "street", filter.streetCode());
		condition(sql, params, "p.plan_year = :year", "year", filter.year());
		condition(sql, params, "EXISTS (SELECT 1 FROM project_item i WHERE i.project_id = p.id AND i.item_class = :class)",
				"class", filter.itemClass() == null ? null : filter.itemClass().name());
		condition(sql, params, "p.community_id = :community", "community",
				filter.communityId() == null ? null : filter.communityId().value());
		condition(sql, params, "p.committee_code = :committee", "committee",
				filter.committee() == null ? null : filter.committee().value());
		if (after != null) {
			sql.append(" AND (p.applied_at, p.id) > (:afterAt, :afterId)");
			params.put("afterAt", Timestamp.from(after.appliedAt()));
			params.put("afterId", after.id().value());
		}
		sql.append(" ORDER BY p.applied_at, p.id LIMIT :limit");
		params.put("limit", pageSize + 1);
		List<Row> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs)).list();
		boolean more = rows.size() > pageSize;
		List<RenovationProject> items = assemble(more ? rows.subList(0, pageSize) : rows);
		RenovationProject last = items.isEmpty() ? null : items.get(items.size() - 1);
		return new ProjectPage(items, more ? new ProjectPage.Cursor(last.appliedAt(), last.id()) : null);
	}

	private static void condition(StringBuilder sql, Map<String, Object> params, String condition, String name,
			Object value) {
		if (value != null) {
			sql.append(" AND ").append(condition);
			params.put(name, value);
		}
	}

	@Override
	public List<Transition> transitionsAfter(ProjectId id, int sequence) {
		return jdbc.sql("""
				SELECT project_id, sequence, action, from_status, to_status, subject, role, scope, at, reasons, plan_year
				FROM project_transition WHERE project_id = :id AND sequence > :after ORDER BY sequence
				""")
			.param("id", id.value())
			.param("after", sequence)
			.query((rs, n) -> transition(rs))
			.list();
	}

	/** One project row as read, before its items and history join it. */
	private record Row(ProjectId id, ProjectCommunity community, ProjectStatus status, Integer planYear,
			Consent consent, boolean obligations, String note) {
	}

	private static Row row(ResultSet rs) throws SQLException {
		String committee = rs.getString("committee_code");
		ProjectCommunity community = new ProjectCommunity(new CommunityId(rs.getObject("community_id", UUID.class)),
				rs.getString("community_name"), rs.getString("district_code"), rs.getString("street_code"),
				committee == null ? null : new CommitteeCode(committee), rs.getInt("build_year"),
				rs.getBigDecimal("floor_area"), false, false, false);
		return new Row(new ProjectId(rs.getObject("id", UUID.class)), community,
				ProjectStatus.valueOf(rs.getString("status")), rs.getObject("plan_year", Integer.class),
				new Consent(rs.getInt("owners"), rs.getInt("owners_agreeing"), rs.getBigDecimal("area"),
						rs.getBigDecimal("area_agreeing")),
				rs.getBoolean("obligations_accepted"), rs.getString("note"));
	}

	/** The rows with their items and history, read for all of them at once. */
	private List<RenovationProject> assemble(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(row -> row.id().value()).toList();
		Map<UUID, List<RenovationItem>> items = new HashMap<>();
		jdbc.sql("""
				SELECT project_id, code, item_class, touches_utility FROM project_item
				WHERE project_id IN (:ids) ORDER BY project_id, position
				""").param("ids", ids).query(rs -> {
			items.computeIfAbsent(rs.getObject("project_id", UUID.class), key -> new ArrayList<>()).add(item(rs));
		});
		Map<UUID, List<Transition>> history = new HashMap<>();
		jdbc.sql("""
				SELECT project_id, sequence, action, from_status, to_status, subject, role, scope, at, reasons, plan_year
				FROM project_transition WHERE project_id IN (:ids) ORDER BY project_id, sequence
				""").param("ids", ids).query(rs -> {
			history.computeIfAbsent(rs.getObject("project_id", UUID.class), key -> new ArrayList<>()).add(transition(rs));
		});
		return rows.stream()
			.map(row -> new RenovationProject(row.id(), row.community(),
					new Application(items.getOrDefault(row.id().value(), List.of()), row.consent(), row.obligations(),
							row.note()),
					row.status(), row.planYear(), history.getOrDefault(row.id().value(), List.of())))
			.toList();
	}

	/** The item as the catalogue names it now; as stored when the catalogue no longer lists its code. */
	private RenovationItem item(ResultSet rs) throws SQLException {
		String code = rs.getString("code");
		return catalogue.find(code)
			.orElse(new RenovationItem(code, code, code, ItemClass.valueOf(rs.getString("item_class")),
					rs.getBoolean("touches_utility")));
	}

	private static Transition transition(ResultSet rs) throws SQLException {
		String from = rs.getString("from_status");
		Array reasons = rs.getArray("reasons");
		return new Transition(rs.getInt("sequence"), ProjectAction.valueOf(rs.getString("action")),
				from == null ? null : ProjectStatus.valueOf(from), ProjectStatus.valueOf(rs.getString("to_status")),
				new Actor(rs.getString("subject"), rs.getString("role"), rs.getString("scope")),
				rs.getTimestamp("at").toInstant(), List.of((String[]) reasons.getArray()),
				rs.getObject("plan_year", Integer.class));
	}

}
