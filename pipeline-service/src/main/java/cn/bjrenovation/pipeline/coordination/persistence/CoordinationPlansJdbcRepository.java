package cn.bjrenovation.pipeline.coordination.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.pipeline.coordination.domain.Actor;
import cn.bjrenovation.pipeline.coordination.domain.Confirmation;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlans;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationProject;
import cn.bjrenovation.pipeline.coordination.domain.Handover;
import cn.bjrenovation.pipeline.coordination.domain.Inspection;
import cn.bjrenovation.pipeline.coordination.domain.PartStatus;
import cn.bjrenovation.pipeline.coordination.domain.PlanAction;
import cn.bjrenovation.pipeline.coordination.domain.PlanItem;
import cn.bjrenovation.pipeline.coordination.domain.PlanStatus;
import cn.bjrenovation.pipeline.coordination.domain.PlanTransition;
import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import cn.bjrenovation.pipeline.coordination.domain.UtilityPart;
import cn.bjrenovation.pipeline.coordination.domain.WindowId;
import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.StreetCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CoordinationPlansJdbcRepository implements CoordinationPlans {

	private static final String PLAN = """
			SELECT project_id, community_id, community_name, street_code, plan_year, scheme_version,
			       overhead_lines_underground, status, version, drafted_at, handover_reference, handed_over_on,
			       handover_note, handover_by
			FROM coordination_plan WHERE project_id = :id
			""";

	private final JdbcClient jdbc;

	CoordinationPlansJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<CoordinationPlan> find(ProjectId id) {
		return load(id, PLAN);
	}

	@Override
	public Optional<CoordinationPlan> lock(ProjectId id) {
		return load(id, PLAN + " FOR UPDATE");
	}

	/** The insert is conditional on the key, so a replayed draft adds nothing, even concurrently. */
	@Override
	public boolean add(CoordinationPlan plan) {
		CoordinationProject project = plan.project();
		int added = jdbc.sql("""
				INSERT INTO coordination_plan (project_id, community_id, community_name, district_code, street_code,
				    plan_year, scheme_version, overhead_lines_underground, status, version, drafted_at)
				VALUES (:id, :community, :name, :district, :street, :year, :scheme, :overhead, :status, :version, :at)
				ON CONFLICT (project_id) DO NOTHING
				""")
			.param("id", plan.id().value())
			.param("community", project.communityId().value())
			.param("name", project.communityName())
			.param("district", project.districtCode())
			.param("street", project.street().value())
			.param("year", project.planYear())
			.param("scheme", plan.schemeVersion())
			.param("overhead", plan.overheadLinesUnderground())
			.param("status", plan.status().name())
			.param("version", plan.version())
			.param("at", Timestamp.from(plan.draftedAt()))
			.update();
		if (added == 0) {
			return false;
		}
		for (UtilityPart part : plan.parts()) {
			jdbc.sql("""
					INSERT INTO utility_part (project_id, utility, operator_codes, status)
					VALUES (:id, :utility, :operators, :status)
					""")
				.param("id", plan.id().value())
				.param("utility", part.utility().name())
				.param("operators", part.operatorCodes().toArray(String[]::new))
				.param("status", part.status().name())
				.update();
			for (int i = 0; i < part.items().size(); i++) {
				PlanItem item = part.items().get(i);
				jdbc.sql("""
						INSERT INTO part_item (project_id, utility, position, catalogue_code, name, quantity, unit,
						                       estimated_cost_fen)
						VALUES (:id, :utility, :position, :code, :name, :quantity, :unit, :cost)
						""")
					.param("id", plan.id().value())
					.param("utility", part.utility().name())
					.param("position", i)
					.param("code", item.catalogueCode())
					.param("name", item.name())
					.param("quantity", item.quantity())
					.param("unit", item.unit())
					.param("cost", item.estimatedCostFen())
					.update();
			}
		}
		plan.transitions().forEach(transition -> addTransition(plan.id(), transition));
		return true;
	}

	@Override
	public void update(CoordinationPlan plan) {
		Handover handover = plan.handover();
		jdbc.sql("""
				UPDATE coordination_plan
				SET status = :status, version = :version, handover_reference = :reference, handed_over_on = :on,
				    handover_note = :note, handover_by = :by
				WHERE project_id = :id
				""")
			.param("id", plan.id().value())
			.param("status", plan.status().name())
			.param("version", plan.version())
			.param("reference", handover == null ? null : handover.acceptanceReference())
			.param("on", handover == null ? null : handover.handedOverOn())
			.param("note", handover == null ? null : handover.note())
			.param("by", handover == null ? null : handover.recordedBy())
			.update();
		for (UtilityPart part : plan.parts()) {
			Confirmation confirmation = part.confirmation();
			jdbc.sql("""
					UPDATE utility_part
					SET status = :status, confirmed_scope = :scope, confirmed_from = :from, confirmed_to = :to,
					    contribution_fen = :contribution, change_reasons = :reasons, answered_by = :by,
					    answered_at = :at
					WHERE project_id = :id AND utility = :utility
					""")
				.param("id", plan.id().value())
				.param("utility", part.utility().name())
				.param("status", part.status().name())
				.param("scope", confirmation == null ? null : confirmation.scope())
				.param("from", confirmation == null ? null : confirmation.from())
				.param("to", confirmation == null ? null : confirmation.to())
				.param("contribution", confirmation == null ? null : confirmation.contributionFen())
				.param("reasons", part.changeReasons().toArray(String[]::new))
				.param("by", part.answeredBy())
				.param("at", part.answeredAt() == null ? null : Timestamp.from(part.answeredAt()))
				.update();
		}
		addTransition(plan.id(), plan.last());
	}

	@Override
	public void addInspection(Inspection inspection) {
		jdbc.sql("""
				INSERT INTO works_inspection (inspection_id, project_id, window_id, inspected_on, passed, findings,
				                              inspector, recorded_at)
				VALUES (:id, :project, :window, :on, :passed, :findings, :inspector, :at)
				""")
			.param("id", inspection.id())
			.param("project", inspection.projectId().value())
			.param("window", inspection.windowId().value())
			.param("on", inspection.inspectedOn())
			.param("passed", inspection.passed())
			.param("findings", inspection.findings())
			.param("inspector", inspection.inspector())
			.param("at", Timestamp.from(inspection.recordedAt()))
			.update();
	}

	@Override
	public List<Inspection> inspections(ProjectId id) {
		return jdbc.sql("""
				SELECT inspection_id, window_id, inspected_on, passed, findings, inspector, recorded_at
				FROM works_inspection WHERE project_id = :id ORDER BY recorded_at, inspection_id
				""")
			.param("id", id.value())
			.query((rs, row) -> new Inspection(rs.getObject("inspection_id", UUID.class), id,
					new WindowId(rs.getObject("window_id", UUID.class)), rs.getObject("inspected_on", LocalDate.class),
					rs.getBoolean("passed"), rs.getString("findings"), rs.getString("inspector"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	private void addTransition(ProjectId id, PlanTransition transition) {
		jdbc.sql("""
				INSERT INTO plan_transition (project_id, sequence, action, from_status, to_status, utility, subject,
				                             role, scope, at, reasons)
				VALUES (:id, :sequence, :action, :from, :to, :utility, :subject, :role, :scope, :at, :reasons)
				""")
			.param("id", id.value())
			.param("sequence", transition.sequence())
			.param("action", transition.action().name())
			.param("from", transition.from() == null ? null : transition.from().name())
			.param("to", transition.to().name())
			.param("utility", transition.utility() == null ? null : transition.utility().name())
			.param("subject", transition.actor().subject())
			.param("role", transition.actor().role())
			.param("scope", transition.actor().scope())
			.param("at", Timestamp.from(transition.at()))
			.param("reasons", transition.reasons().toArray(String[]::new))
			.update();
	}

	private Optional<CoordinationPlan> load(ProjectId id, String sql) {
		Optional<PlanRow> row = jdbc.sql(sql).param("id", id.value()).query((rs, n) -> planRow(rs)).optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		Map<Utility, List<PlanItem>> items = new HashMap<>();
		jdbc.sql("""
				SELECT utility, catalogue_code, name, quantity, unit, estimated_cost_fen
				FROM part_item WHERE project_id = :id ORDER BY utility, position
				""").param("id", id.value()).query(rs -> {
			items.computeIfAbsent(Utility.valueOf(rs.getString("utility")), utility -> new ArrayList<>())
				.add(new PlanItem(rs.getString("catalogue_code"), rs.getString("name"), rs.getDouble("quantity"),
						rs.getString("unit"), rs.getLong("estimated_cost_fen")));
		});
		List<UtilityPart> parts = jdbc.sql("""
				SELECT utility, operator_codes, status, confirmed_scope, confirmed_from, confirmed_to, contribution_fen,
				       change_reasons, answered_by, answered_at
				FROM utility_part WHERE project_id = :id
				""").param("id", id.value()).query((rs, n) -> {
			Utility utility = Utility.valueOf(rs.getString("utility"));
			LocalDate from = rs.getObject("confirmed_from", LocalDate.class);
			Confirmation confirmation = from == null ? null
					: new Confirmation(rs.getString("confirmed_scope"), from, rs.getObject("confirmed_to", LocalDate.class),
							rs.getLong("contribution_fen"));
			Timestamp answeredAt = rs.getTimestamp("answered_at");
			return new UtilityPart(utility, texts(rs.getArray("operator_codes")), items.getOrDefault(utility, List.of()),
					PartStatus.valueOf(rs.getString("status")), confirmation, texts(rs.getArray("change_reasons")),
					rs.getString("answered_by"), answeredAt == null ? null : answeredAt.toInstant());
		}).list();
		List<PlanTransition> transitions = jdbc.sql("""
				SELECT sequence, action, from_status, to_status, utility, subject, role, scope, at, reasons
				FROM plan_transition WHERE project_id = :id ORDER BY sequence
				""").param("id", id.value()).query((rs, n) -> {
			String from = rs.getString("from_status");
			String utility = rs.getString("utility");
			return new PlanTransition(rs.getInt("sequence"), PlanAction.valueOf(rs.getString("action")),
					from == null ? null : PlanStatus.valueOf(from), PlanStatus.valueOf(rs.getString("to_status")),
					utility == null ? null : Utility.valueOf(utility),
					new Actor(rs.getString("subject"), rs.getString("role"), rs.getString("scope")),
					rs.getTimestamp("at").toInstant(), texts(rs.getArray("reasons")));
		}).list();
		PlanRow plan = row.get();
		return Optional.of(new CoordinationPlan(plan.project(), plan.status(), plan.schemeVersion(),
				plan.overheadLinesUnderground(), parts, plan.draftedAt(), plan.version(), plan.handover(), transitions));
	}

	private record PlanRow(CoordinationProject project, PlanStatus status, int schemeVersion,
			boolean overheadLinesUnderground, java.time.Instant draftedAt, long version, Handover handover) {
	}

	private static PlanRow planRow(ResultSet rs) throws SQLException {
		CoordinationProject project = new CoordinationProject(new ProjectId(rs.getObject("project_id", UUID.class)),
				new CommunityId(rs.getObject("community_id", UUID.class)), rs.getString("community_name"),
				new StreetCode(rs.getString("street_code")), rs.getInt("plan_year"));
		LocalDate handedOverOn = rs.getObject("handed_over_on", LocalDate.class);
		Handover handover = handedOverOn == null ? null
				: new Handover(rs.getString("handover_reference"), handedOverOn, rs.getString("handover_note"),
						rs.getString("handover_by"));
		return new PlanRow(project, PlanStatus.valueOf(rs.getString("status")), rs.getInt("scheme_version"),
				rs.getBoolean("overhead_lines_underground"), rs.getTimestamp("drafted_at").toInstant(),
				rs.getLong("version"), handover);
	}

	static List<String> texts(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
