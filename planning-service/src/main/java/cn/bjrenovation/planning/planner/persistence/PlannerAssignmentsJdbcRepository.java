package cn.bjrenovation.planning.planner.persistence;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.planning.planner.domain.PlannerAssignment;
import cn.bjrenovation.planning.planner.domain.PlannerAssignmentId;
import cn.bjrenovation.planning.planner.domain.PlannerAssignments;
import cn.bjrenovation.platform.place.StreetCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlannerAssignmentsJdbcRepository implements PlannerAssignments {

	private final JdbcClient jdbc;

	PlannerAssignmentsJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<PlannerAssignment> current(StreetCode street) {
		return jdbc.sql("""
				SELECT assignment_id, street_code, planner_subject, planner_name, assigned_at, assigned_by
				FROM responsible_planner WHERE street_code = :street
				""")
			.param("street", street.value())
			.query((rs, row) -> new PlannerAssignment(new PlannerAssignmentId(rs.getObject("assignment_id", UUID.class)),
					new StreetCode(rs.getString("street_code")), rs.getString("planner_subject"),
					rs.getString("planner_name"), rs.getTimestamp("assigned_at").toInstant(),
					rs.getString("assigned_by")))
			.optional();
	}

	@Override
	public List<StreetCode> streetsServedBy(String plannerSubject) {
		return jdbc.sql("SELECT street_code FROM responsible_planner WHERE planner_subject = :subject ORDER BY street_code")
			.param("subject", plannerSubject)
			.query((rs, row) -> new StreetCode(rs.getString("street_code")))
			.list();
	}

	/** The upsert locks the street's row, so concurrent assignments to one street apply one after the other. */
	@Override
	public void add(PlannerAssignment assignment) {
		jdbc.sql("""
				INSERT INTO responsible_planner (street_code, assignment_id, planner_subject, planner_name, assigned_at,
				                                 assigned_by)
				VALUES (:street, :id, :subject, :name, :assignedAt, :assignedBy)
				ON CONFLICT (street_code) DO UPDATE
				SET assignment_id = EXCLUDED.assignment_id, planner_subject = EXCLUDED.planner_subject,
				    planner_name = EXCLUDED.planner_name, assigned_at = EXCLUDED.assigned_at,
				    assigned_by = EXCLUDED.assigned_by
				""")
			.params(parameters(assignment))
			.update();
		jdbc.sql("""
				INSERT INTO planner_assignment (assignment_id, street_code, planner_subject, planner_name, assigned_at,
				                                assigned_by)
				VALUES (:id, :street, :subject, :name, :assignedAt, :assignedBy)
				""")
			.params(parameters(assignment))
			.update();
	}

	private static Map<String, Object> parameters(PlannerAssignment assignment) {
		return Map.of("id", assignment.id().value(), "street", assignment.street().value(), "subject",
				assignment.plannerSubject(), "name", assignment.plannerName(), "assignedAt",
				Timestamp.from(assignment.assignedAt()), "assignedBy", assignment.assignedBy());
	}

}
