package cn.bjrenovation.finance.budget.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import cn.bjrenovation.finance.budget.domain.BudgetLine;
import cn.bjrenovation.finance.budget.domain.BudgetLines;
import cn.bjrenovation.finance.budget.domain.FiscalCapacity;
import cn.bjrenovation.finance.budget.domain.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BudgetLinesJdbcRepository implements BudgetLines {

	private final JdbcClient jdbc;

	BudgetLinesJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(BudgetLine line) {
		jdbc.sql("""
				INSERT INTO budget_line (id, fiscal_year, source, amount_fen, committed_fen, description, added_by, added_at)
				VALUES (:id, :year, :source, :amount, :committed, :description, :addedBy, :addedAt)
				""")
			.param("id", line.id().value())
			.param("year", line.fiscalYear().value())
			.param("source", line.source().name())
			.param("amount", line.amountFen())
			.param("committed", line.committedFen())
			.param("description", line.description())
			.param("addedBy", line.addedBy())
			.param("addedAt", OffsetDateTime.ofInstant(line.addedAt(), ZoneOffset.UTC))
			.update();
	}

	/** One aggregate, so the three figures always come from the same snapshot of the year's lines. */
	@Override
	public FiscalCapacity capacityOf(FiscalYear year) {
		return jdbc.sql("""
				SELECT coalesce(sum(amount_fen), 0)                 AS budgeted,
				       coalesce(sum(amount_fen - committed_fen), 0) AS available,
				       count(*)                                     AS lines
				FROM budget_line
				WHERE fiscal_year = :year
				""")
			.param("year", year.value())
			.query((rs, row) -> new FiscalCapacity(year.value(), rs.getLong("budgeted"), rs.getLong("available"),
					rs.getInt("lines")))
			.single();
	}

}
