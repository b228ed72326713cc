package cn.bjrenovation.finance.funding.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.finance.funding.domain.CategoryCost;
import cn.bjrenovation.finance.funding.domain.Commitment;
import cn.bjrenovation.finance.funding.domain.FundingPlan;
import cn.bjrenovation.finance.funding.domain.FundingPlanQuery;
import cn.bjrenovation.finance.funding.domain.FundingPlans;
import cn.bjrenovation.finance.funding.domain.FundingStatus;
import cn.bjrenovation.finance.funding.domain.PlannedProject;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.finance.sharing.domain.CostCategory;
import cn.bjrenovation.finance.sharing.domain.CostParty;
import cn.bjrenovation.finance.sharing.domain.CostSharingRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Funding plans with their shares and commitments; the rule version is read from the rules it names. */
@Repository
class FundingPlansJdbcRepository implements FundingPlans {

	private final JdbcClient jdbc;

	private final CostSharingRules rules;

	FundingPlansJdbcRepository(JdbcClient jdbc, CostSharingRules rules) {
		this.jdbc = jdbc;
		this.rules = rules;
	}

	@Override
	public Optional<FundingPlan> find(ProjectId project) {
		return read(project, "");
	}

	@Override
	public List<ProjectId> list(FundingPlanQuery query) {
		StringBuilder sql = new StringBuilder("SELECT project_id FROM funding_plan WHERE TRUE");
		Map<String, Object> parameters = new HashMap<>();
		if (query.status() != null) {
			sql.append(" AND status = :status");
			parameters.put("status", query.status().name());
		}
		if (query.year() != null) {
			sql.append(" AND plan_year = :year");
			parameters.put("year", query.year());
		}
		if (query.districtCode() != null) {
			sql.append(" AND district_code = :district");
			parameters.put("district", query.districtCode());
		}
		if (query.after() != null) {
			sql.append(" AND project_id > :after");
			parameters.put("after", query.after().value());
		}
		sql.append(" ORDER BY project_id LIMIT :limit");
		parameters.put("limit", query.limit());
		return jdbc.sql(sql.toString())
			.params(parameters)
			.query((rs, n) -> new ProjectId(rs.getObject("project_id", UUID.class)))
			.list();
	}

	@Override
	public Optional<FundingPlan> lock(ProjectId project) {
		return read(project, " FOR UPDATE");
	}

	private Optional<FundingPlan> read(ProjectId project, String lock) {
		record Row(PlannedProject project, int scheme, LocalDate approvedOn, long total, int rule, FundingStatus status,
				long version, Instant draftedAt) {
		}
		Optional<Row> row = jdbc.sql("""
				SELECT project_id, community_id, community_name, district_code, street_code, plan_year, scheme_version,
				       approved_on, total_cost_fen, rule_version, status, version, drafted_at
				FROM funding_plan WHERE project_id = :id""" + lock)
			.param("id", project.value())
			.query((rs, n) -> new Row(new PlannedProject(project, rs.getObject("community_id", UUID.class),
					rs.getString("community_name"), rs.getString("district_code"), rs.getString("street_code"),
					rs.getInt("plan_year")), rs.getInt("scheme_version"), rs.getObject("approved_on", LocalDate.class),
					rs.getLong("total_cost_fen"), rs.getInt("rule_version"), FundingStatus.valueOf(rs.getString("status")),
					rs.getLong("version"), rs.getTimestamp("drafted_at").toInstant()))
			.optional();
		return row.map(r -> {
			Map<CostCategory, Long> costs = new EnumMap<>(CostCategory.class);
			Map<CostCategory, Map<CostParty, Long>> shares = new EnumMap<>(CostCategory.class);
			jdbc.sql("SELECT category, party, cost_fen, amount_fen FROM funding_plan_share WHERE project_id = :id")
				.param("id", project.value())
				.query(rs -> {
					CostCategory category = CostCategory.valueOf(rs.getString("category"));
					costs.put(category, rs.getLong("cost_fen"));
					shares.computeIfAbsent(category, c -> new EnumMap<>(CostParty.class))
						.put(CostParty.valueOf(rs.getString("party")), rs.getLong("amount_fen"));
				});
			List<CategoryCost> categories = new ArrayList<>();
			costs.forEach((category, cost) -> categories.add(new CategoryCost(category, cost, shares.get(category))));
			List<Commitment> commitments = jdbc.sql("""
					SELECT party, budget_line_id, source, amount_fen, hold_transfer_id FROM funding_commitment
					WHERE project_id = :id ORDER BY party""")
				.param("id", project.value())
				.query((rs, n) -> new Commitment(CostParty.valueOf(rs.getString("party")),
						rs.getObject("budget_line_id", UUID.class), rs.getString("source"), rs.getLong("amount_fen"),
						rs.getObject("hold_transfer_id", UUID.class)))
				.list();
			return new FundingPlan(r.project(), r.scheme(), r.approvedOn(), r.total(),
					rules.version(r.rule()).orElseThrow(), r.status(), categories, commitments, r.version(), r.draftedAt());
		});
	}

	@Override
	public void save(FundingPlan plan, String changedBy, Instant changedAt) {
		PlannedProject project = plan.project();
		jdbc.sql("""
				INSERT INTO funding_plan (project_id, community_id, community_name, district_code, street_code, plan_year,
				                          scheme_version, approved_on, total_cost_fen, rule_version, status, version,
				                          drafted_at, changed_by, changed_at)
				VALUES (:id, :community, :name, :district, :street, :year, :scheme, :approvedOn, :total, :rule, :status,
				        :version, :draftedAt, :by, :at)
				ON CONFLICT (project_id) DO UPDATE
				SET scheme_version = EXCLUDED.scheme_version, approved_on = EXCLUDED.approved_on,
				    total_cost_fen = EXCLUDED.total_cost_fen, rule_version = EXCLUDED.rule_version,
				    status = EXCLUDED.status, version = EXCLUDED.version, drafted_at = EXCLUDED.drafted_at,
				    plan_year = EXCLUDED.plan_year, changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at
				""")
			.param("id", project.id().value())
			.param("community", project.communityId())
			.param("name", project.communityName())
			.param("district", project.districtCode())
			.param("street", project.streetCode())
			.param("year", project.planYear())
			.param("scheme", plan.schemeVersion())
			.param("approvedOn", plan.approvedOn())
			.param("total", plan.totalCostFen())
			.param("rule", plan.rule().version())
			.param("status", plan.status().name())
			.param("version", plan.version())
			.param("draftedAt", Timestamp.from(plan.draftedAt()))
			.param("by", changedBy)
			.param("at", Timestamp.from(changedAt))
			.update();
		jdbc.sql("DELETE FROM funding_plan_share WHERE project_id = :id").param("id", project.id().value()).update();
		for (CategoryCost category : plan.categories()) {
			category.shares().forEach((party, amount) -> jdbc.sql("""
					INSERT INTO funding_plan_share (project_id, category, party, cost_fen, amount_fen)
					VALUES (:id, :category, :party, :cost, :amount)""")
				.param("id", project.id().value())
				.param("category", category.category().name())
				.param("party", party.name())
				.param("cost", category.costFen())
				.param("amount", amount)
				.update());
		}
		jdbc.sql("DELETE FROM funding_commitment WHERE project_id = :id").param("id", project.id().value()).update();
		for (Commitment commitment : plan.commitments()) {
			jdbc.sql("""
					INSERT INTO funding_commitment (project_id, party, budget_line_id, source, amount_fen, hold_transfer_id)
					VALUES (:id, :party, :line, :source, :amount, :hold)""")
				.param("id", project.id().value())
				.param("party", commitment.party().name())
				.param("line", commitment.budgetLineId())
				.param("source", commitment.source())
				.param("amount", commitment.amountFen())
				.param("hold", commitment.holdTransferId())
				.update();
		}
	}

}
