package cn.bjrenovation.housing.evaluation.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;

import cn.bjrenovation.housing.evaluation.domain.DistrictPerformance;
import cn.bjrenovation.housing.evaluation.domain.Evaluations;
import cn.bjrenovation.housing.evaluation.domain.SatisfactionSurvey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EvaluationsJdbcRepository implements Evaluations {

	/** Projects of the district that reached a status during the year (Beijing time). */
	private static final String REACHED = """
			SELECT count(DISTINCT t.project_id) FROM project_transition t JOIN renovation_project p ON p.id = t.project_id
			WHERE p.district_code = :district AND t.to_status = :status
			  AND EXTRACT(YEAR FROM t.at AT TIME ZONE 'Asia/Shanghai') = :year
			""";

	private final JdbcClient jdbc;

	EvaluationsJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(SatisfactionSurvey survey) {
		jdbc.sql("""
				INSERT INTO satisfaction_survey (id, project_id, surveyed_on, participants, score, recorded_by, recorded_at)
				VALUES (:id, :project, :on, :participants, :score, :by, :at)
				""")
			.param("id", survey.id())
			.param("project", survey.projectId().value())
			.param("on", Date.valueOf(survey.surveyedOn()))
			.param("participants", survey.participants())
			.param("score", survey.score())
			.param("by", survey.recordedBy())
			.param("at", Timestamp.from(survey.recordedAt()))
			.update();
	}

	@Override
	public DistrictPerformance performance(String districtCode, int year) {
		record Planned(int count, BigDecimal area, long households) {
		}
		Planned planned = jdbc.sql("""
				SELECT count(*) AS projects, coalesce(sum(p.floor_area), 0) AS area, coalesce(sum(c.households), 0) AS households
				FROM renovation_project p JOIN community c ON c.id = p.community_id
				WHERE p.district_code = :district AND p.plan_year = :year
				""")
			.param("district", districtCode)
			.param("year", year)
			.query((rs, row) -> new Planned(rs.getInt("projects"), rs.getBigDecimal("area"), rs.getLong("households")))
			.single();
		record Satisfaction(BigDecimal mean, int surveys) {
		}
		Satisfaction satisfaction = jdbc.sql("""
				SELECT round(avg(s.score), 2) AS mean, count(*) AS surveys
				FROM satisfaction_survey s JOIN renovation_project p ON p.id = s.project_id
				WHERE p.district_code = :district AND EXTRACT(YEAR FROM s.surveyed_on) = :year
				""")
			.param("district", districtCode)
			.param("year", year)
			.query((rs, row) -> new Satisfaction(rs.getBigDecimal("mean"), rs.getInt("surveys")))
			.single();
		return new DistrictPerformance(districtCode, year, planned.count(), reached(districtCode, year,
				"CONSTRUCTION_STARTED"), reached(districtCode, year, "CONSTRUCTION_COMPLETED"),
				reached(districtCode, year, "ACCEPTED"), reached(districtCode, year, "LONG_TERM_MANAGED"),
				planned.area(), planned.households(), satisfaction.mean(), satisfaction.surveys());
	}

	private int reached(String districtCode, int year, String status) {
		return jdbc.sql(REACHED)
			.param("district", districtCode)
			.param("status", status)
			.param("year", year)
			.query(Integer.class)
			.single();
	}

}
