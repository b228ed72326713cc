package cn.bjrenovation.housing.project.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.bjrenovation.housing.project.domain.PipelineWorks;
import cn.bjrenovation.housing.project.domain.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PipelineWorksJdbcRepository implements PipelineWorks {

	private final JdbcClient jdbc;

	PipelineWorksJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, String> of(ProjectId project) {
		Map<String, String> works = new LinkedHashMap<>();
		jdbc.sql("SELECT utility, operator FROM project_pipeline_work WHERE project_id = :id ORDER BY utility")
			.param("id", project.value())
			.query((rs, row) -> works.put(rs.getString("utility"), rs.getString("operator")))
			.list();
		return works;
	}

	@Override
	public void record(ProjectId project, Map<String, String> operatorsByUtility, Instant at) {
		jdbc.sql("DELETE FROM project_pipeline_work WHERE project_id = :id").param("id", project.value()).update();
		operatorsByUtility.forEach((utility, operator) -> jdbc
			.sql("INSERT INTO project_pipeline_work (project_id, utility, operator, recorded_at) "
					+ "VALUES (:id, :utility, :operator, :at)")
			.param("id", project.value())
			.param("utility", utility)
			.param("operator", operator)
			.param("at", Timestamp.from(at))
			.update());
	}

}
