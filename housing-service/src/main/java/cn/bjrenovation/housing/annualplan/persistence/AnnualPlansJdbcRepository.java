package cn.bjrenovation.housing.annualplan.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.housing.annualplan.domain.AnnualPlan;
import cn.bjrenovation.housing.annualplan.domain.AnnualPlans;
import cn.bjrenovation.housing.annualplan.domain.BasicShareMeasure;
import cn.bjrenovation.housing.annualplan.domain.FiscalCapacity;
import cn.bjrenovation.housing.annualplan.domain.PlanChange;
import cn.bjrenovation.housing.annualplan.domain.PlanEntry;
import cn.bjrenovation.housing.annualplan.domain.PlanTotals;
import cn.bjrenovation.housing.project.domain.Actor;
import cn.bjrenovation.housing.project.domain.ItemClass;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plans in {@code annual_plan}, their tasks in {@code annual_plan_project} (rewritten as a whole on an adjustment) and
 * their changes in {@code annual_plan_change} (appended). The database holds what it can: one plan a year, a project
 * in one plan at most, and both rules on every recorded change.
 */
@Repository
class AnnualPlansJdbcRepository implements AnnualPlans {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	AnnualPlansJdbcRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	@Override
	public void add(AnnualPlan plan) {
		try {
			jdbc.sql("INSERT INTO annual_plan (year, compiled_at, version) VALUES (:year, :at, :version)")
				.param("year", plan.year())
				.param("at", Timestamp.from(plan.history().get(0).at()))
				.param("version", plan.version())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("rule one-plan-per-year: the plan of " + plan.year() + " is compiled already");
		}
		insertEntries(plan);
		insertChanges(plan, 0);
	}

	@Override
	public boolean replace(AnnualPlan adjusted, int expectedVersion) {
		int updated = jdbc.sql("UPDATE annual_plan SET version = :version WHERE year = :year AND version = :expected")
			.param("year", adjusted.year())
			.param("version", adjusted.version())
			.param("expected", expectedVersion)
			.update();
		if (updated != 1) {
			return false;
		}
		jdbc.sql("DELETE FROM annual_plan_project WHERE year = :year").param("year", adjusted.year()).update();
		insertEntries(adjusted);
		insertChanges(adjusted, expectedVersion);
		return true;
	}

	private void insertEntries(AnnualPlan plan) {
		List<MapSqlParameterSource> rows = new ArrayList<>();
		List<PlanEntry> entries = plan.entries();
		for (int i = 0; i < entries.size(); i++) {
			PlanEntry entry = entries.get(i);
			rows.add(new MapSqlParameterSource().addValue("year", plan.year())
				.addValue("project", entry.projectId().value())
				.addValue("position", i)
				.addValue("community", entry.communityId().value())
				.addValue("communityName", entry.communityName())
				.addValue("district", entry.districtCode())
				.addValue("street", entry.streetCode())
				.addValue("taskClass", entry.taskClass().name())
				.addValue("floorArea", entry.floorArea())
				.addValue("subsidy", entry.subsidyFen()));
		}
		batches.batchUpdate("""
				INSERT INTO annual_plan_project (year, project_id, position, community_id, community_name, district_code,
				  street_code, task_class, floor_area, subsidy_fen)
				VALUES (:year, :project, :position, :community, :communityName, :district, :street, :taskClass,
				  :floorArea, :subsidy)
				""", rows.toArray(MapSqlParameterSource[]::new));
	}

	private void insertChanges(AnnualPlan plan, int after) {
		for (PlanChange change : plan.history().subList(after, plan.history().size())) {
			PlanTotals totals = change.totals();
			FiscalCapacity capacity = change.capacity();
			jdbc.sql("""
					INSERT INTO annual_plan_change (year, sequence, kind, added, removed, reasons, subject, role, scope, at,
					  projects, floor_area, basic_projects, basic_floor_area, subsidy_fen, measure, budgeted_fen,
					  available_fen, budget_lines)
					VALUES (:year, :sequence, :kind, :added, :removed, :reasons, :subject, :role, :scope, :at, :projects,
					  :floorArea, :basicProjects, :basicFloorArea, :subsidy, :measure, :budgeted, :available, :lines)
					""")
				.param("year", plan.year())
				.param("sequence", change.sequence())
				.param("kind", change.kind().name())
				.param("added", change.added().stream().map(ProjectId::value).toArray(UUID[]::new))
				.param("removed", change.removed().stream().map(ProjectId::value).toArray(UUID[]::new))
				.param("reasons", change.reasons().toArray(String[]::new))
				.param("subject", change.actor().subject())
				.param("role", change.actor().role())
				.param("scope", change.actor().scope())
				.param("at", Timestamp.from(change.at()))
				.param("projects", totals.projects())
				.param("floorArea", totals.floorArea())
				.param("basicProjects", totals.basicProjects())
				.param("basicFloorArea", totals.basicFloorArea())
				.param("subsidy", totals.subsidyFen())
				.param("measure", change.measure().name())
				.param("budgeted", capacity.budgetedFen())
				.param("available", capacity.availableFen())
				.param("lines", capacity.budgetLines())
				.update();
		}
	}

	@Override
	public Optional<AnnualPlan> find(int year) {
		List<PlanChange> history = jdbc.sql("SELECT * FROM annual_plan_change WHERE year = :year ORDER BY sequence")
			.param("year", year)
			.query((rs, n) -> change(rs))
			.list();
		if (history.isEmpty()) {
			return Optional.empty();
		}
		List<PlanEntry> entries = jdbc.sql("SELECT * FROM annual_plan_project WHERE year = :year ORDER BY position")
			.param("year", year)
			.query((rs, n) -> new PlanEntry(new ProjectId(rs.getObject("project_id", UUID.class)),
					new CommunityId(rs.getObject("community_id", UUID.class)), rs.getString("community_name"),
					rs.getString("district_code"), rs.getString("street_code"),
					ItemClass.valueOf(rs.getString("task_class")), rs.getBigDecimal("floor_area"),
					rs.getLong("subsidy_fen")))
			.list();
		return Optional.of(new AnnualPlan(year, entries, history));
	}

	private static PlanChange change(ResultSet rs) throws SQLException {
		BigDecimal floorArea = rs.getBigDecimal("floor_area");
		return new PlanChange(rs.getInt("sequence"), PlanChange.Kind.valueOf(rs.getString("kind")),
				ids(rs, "added"), ids(rs, "removed"), List.of((String[]) rs.getArray("reasons").getArray()),
				new Actor(rs.getString("subject"), rs.getString("role"), rs.getString("scope")),
				rs.getTimestamp("at").toInstant(),
				new PlanTotals(rs.getInt("projects"), floorArea, rs.getLong("subsidy_fen"), rs.getInt("basic_projects"),
						rs.getBigDecimal("basic_floor_area")),
				BasicShareMeasure.valueOf(rs.getString("measure")),
				new FiscalCapacity(rs.getInt("year"), rs.getLong("budgeted_fen"), rs.getLong("available_fen"),
						rs.getInt("budget_lines")));
	}

	private static List<ProjectId> ids(ResultSet rs, String column) throws SQLException {
		return Arrays.stream((UUID[]) rs.getArray(column).getArray()).map(ProjectId::new).toList();
	}

}
