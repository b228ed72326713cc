package cn.bjrenovation.housing.ledger.persistence;

import java.sql.Date;
import java.util.List;

import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.housing.community.domain.DangerousGrade;
import cn.bjrenovation.housing.ledger.domain.Appraisal;
import cn.bjrenovation.housing.ledger.domain.Ledger;
import cn.bjrenovation.housing.ledger.domain.LedgerEntry;
import cn.bjrenovation.housing.ledger.domain.PlanStatus;
import cn.bjrenovation.housing.ledger.domain.RenovationPlan;
import cn.bjrenovation.housing.persistence.BuildingRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LedgerJdbcRepository implements Ledger {

	private final JdbcClient jdbc;

	LedgerJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(Appraisal a) {
		jdbc.sql("""
				INSERT INTO building_appraisal (building_id, grade, plan, plan_status, appraised_on, note, recorded_at,
				  recorded_by)
				VALUES (:building, :grade, :plan, :status, :on, :note, :at, :by)
				""")
			.param("building", a.buildingId().value())
			.param("grade", a.grade().name())
			.param("plan", a.plan() == null ? null : a.plan().name())
			.param("status", a.planStatus() == null ? null : a.planStatus().name())
			.param("on", Date.valueOf(a.appraisedOn()))
			.param("note", a.note())
			.param("at", java.sql.Timestamp.from(a.recordedAt()))
			.param("by", a.recordedBy())
			.update();
	}

	@Override
	public List<LedgerEntry> worstFirst(String districtCode, int limit, int offset) {
		return jdbc.sql("SELECT " + BuildingRows.COLUMNS + """
				, c.name AS community_name, c.district_code AS community_district, c.street_code, c.latitude,
				  c.longitude, a.plan, a.plan_status, a.appraised_on
				FROM building b JOIN community c ON c.id = b.community_id
				LEFT JOIN LATERAL (
				  SELECT plan, plan_status, appraised_on FROM building_appraisal
				  WHERE building_id = b.id ORDER BY id DESC LIMIT 1) a ON true
				WHERE (b.dangerous_grade IN ('C', 'D') OR b.simple_building) AND c.retired_at IS NULL
				  AND b.retired_at IS NULL AND (CAST(:district AS CHAR(6)) IS NULL OR b.district_code = :district)
				ORDER BY CASE b.dangerous_grade WHEN 'D' THEN 0 WHEN 'C' THEN 1 ELSE 2 END, b.build_year, b.id
				LIMIT :limit OFFSET :offset
				""")
			.param("district", districtCode)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new LedgerEntry(BuildingRows.read(rs, row), rs.getString("community_name"),
					rs.getString("community_district"), rs.getString("street_code"), rs.getDouble("latitude"),
					rs.getDouble("longitude"),
					rs.getString("plan") == null ? null : RenovationPlan.valueOf(rs.getString("plan")),
					rs.getString("plan_status") == null ? null : PlanStatus.valueOf(rs.getString("plan_status")),
					rs.getDate("appraised_on") == null ? null : rs.getDate("appraised_on").toLocalDate()))
			.list();
	}

	@Override
	public List<Appraisal> history(BuildingId buildingId) {
		return jdbc.sql("""
				SELECT grade, plan, plan_status, appraised_on, note, recorded_at, recorded_by FROM building_appraisal
				WHERE building_id = :building ORDER BY id
				""")
			.param("building", buildingId.value())
			.query((rs, row) -> new Appraisal(buildingId, DangerousGrade.valueOf(rs.getString("grade")),
					rs.getString("plan") == null ? null : RenovationPlan.valueOf(rs.getString("plan")),
					rs.getString("plan_status") == null ? null : PlanStatus.valueOf(rs.getString("plan_status")),
					rs.getDate("appraised_on").toLocalDate(), rs.getString("note"),
					rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
			.list();
	}

}
