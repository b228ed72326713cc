package cn.bjrenovation.housing.construction.persistence;

import java.sql.Timestamp;

import cn.bjrenovation.housing.construction.domain.ApprovedDesign;
import cn.bjrenovation.housing.construction.domain.ApprovedDesigns;
import cn.bjrenovation.housing.project.domain.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code approved_design} and {@code approved_design_item} (migration V18). */
@Repository
class ApprovedDesignsJdbcRepository implements ApprovedDesigns {

	private final JdbcClient jdbc;

	ApprovedDesignsJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void keep(ApprovedDesign design) {
		int kept = jdbc.sql("""
				INSERT INTO approved_design (project_id, scheme_version, total_cost_fen, approved_at)
				VALUES (:project, :scheme, :total, :at)
				ON CONFLICT (project_id) DO UPDATE
				SET scheme_version = EXCLUDED.scheme_version, total_cost_fen = EXCLUDED.total_cost_fen,
				    approved_at = EXCLUDED.approved_at
				WHERE approved_design.scheme_version <= EXCLUDED.scheme_version""")
			.param("project", design.project().value())
			.param("scheme", design.schemeVersion())
			.param("total", design.totalCostFen())
			.param("at", Timestamp.from(design.approvedAt()))
			.update();
		if (kept == 0) {
			return;
		}
		jdbc.sql("DELETE FROM approved_design_item WHERE project_id = :project")
			.param("project", design.project().value())
			.update();
		int position = 0;
		for (ApprovedDesign.Item item : design.items()) {
			jdbc.sql("""
					INSERT INTO approved_design_item (project_id, position, code, name, item_class)
					VALUES (:project, :position, :code, :name, :class)""")
				.param("project", design.project().value())
				.param("position", position++)
				.param("code", item.code())
				.param("name", item.name())
				.param("class", item.itemClass() == null ? null : item.itemClass().name())
				.update();
		}
	}

	@Override
	public void forget(ProjectId project) {
		jdbc.sql("DELETE FROM approved_design WHERE project_id = :project").param("project", project.value()).update();
	}

}
