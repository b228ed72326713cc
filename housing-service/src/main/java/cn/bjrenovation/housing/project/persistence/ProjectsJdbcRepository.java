package cn.bjrenovation.housing.project.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
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
import cn.bjrenovation.housing.project.domain.Transition;
import cn.bjrenovation.platform.place.CommitteeCode;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.dao.DuplicateKeyException;
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

	private final JdbcClient jdbc;

	private final RenovationItemCatalogue catalogue;

	ProjectsJdbcRepository(JdbcClient jdbc, RenovationItemCatalogue catalogue) {
		this.jdbc = jdbc;
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

	private void insertTransitions(RenovationProject project, int after) {
		for (Transition transition : project.history().subList(after, project.history().size())) {
			jdbc.sql("""
					INSERT INTO project_transition (project_id, sequence, action, from_status, to_status, subject, role,
					  scope, at, reasons, plan_year)
					VALUES (:project, :sequence, :action, :from, :to, :subject, :role, :scope, :at, :reasons, :year)
					""")
				.param("project", project.id().value())
				.param("sequence", transition.sequence())
				.param("action", transition.action().name())
				.param("from", transition.from() == null ? null : transition.from().name())
				.param("to", transition.to().name())
				.param("subject", transition.actor().subject())
				.param("role", transition.actor().role())
				.param("scope", transition.actor().scope())
				.param("at", Timestamp.from(transition.at()))
				.param("reasons", transition.reasons().toArray(String[]::new))
				.param("year", transition.year())
				.update();
		}
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
