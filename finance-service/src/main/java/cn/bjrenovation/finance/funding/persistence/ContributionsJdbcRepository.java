package cn.bjrenovation.finance.funding.persistence;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.finance.funding.domain.Contribution;
import cn.bjrenovation.finance.funding.domain.Contributions;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ContributionsJdbcRepository implements Contributions {

	private final JdbcClient jdbc;

	ContributionsJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(Contribution contribution) {
		jdbc.sql("""
				INSERT INTO project_contribution (id, project_id, kind, amount_fen, items, households, reference,
				                                  recorded_by, recorded_at)
				VALUES (:id, :project, :kind, :amount, :items, :households, :reference, :by, :at)""")
			.param("id", contribution.id())
			.param("project", contribution.project().value())
			.param("kind", contribution.kind().name())
			.param("amount", contribution.amountFen())
			.param("items", contribution.items().toArray(String[]::new))
			.param("households", contribution.households())
			.param("reference", contribution.reference())
			.param("by", contribution.recordedBy())
			.param("at", Timestamp.from(contribution.recordedAt()))
			.update();
	}

	@Override
	public List<Contribution> of(ProjectId project) {
		return jdbc.sql("""
				SELECT id, kind, amount_fen, items, households, reference, recorded_by, recorded_at
				FROM project_contribution WHERE project_id = :project ORDER BY recorded_at, id""")
			.param("project", project.value())
			.query((rs, n) -> new Contribution(rs.getObject("id", UUID.class), project,
					Contribution.Kind.valueOf(rs.getString("kind")), rs.getLong("amount_fen"),
					Arrays.asList((String[]) rs.getArray("items").getArray()), rs.getObject("households", Integer.class),
					rs.getString("reference"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

}
