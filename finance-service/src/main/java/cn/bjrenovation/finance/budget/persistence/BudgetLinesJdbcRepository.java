package cn.bjrenovation.finance.budget.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.finance.budget.domain.BudgetLine;
import cn.bjrenovation.finance.budget.domain.BudgetLineId;
import cn.bjrenovation.finance.budget.domain.BudgetLines;
import cn.bjrenovation.finance.budget.domain.FiscalCapacity;
import cn.bjrenovation.finance.budget.domain.FiscalCapacity.SourceCapacity;
import cn.bjrenovation.finance.budget.domain.FiscalYear;
import cn.bjrenovation.finance.budget.domain.FundingSource;
import cn.bjrenovation.finance.budget.domain.LineStanding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Budget lines with their standing, read from the subsidy ledger's accounts: the line's own account (what is
 * available), and the commitment and disbursement accounts opened against it.
 */
@Repository
class BudgetLinesJdbcRepository implements BudgetLines {

	private static final String STANDING = """
			SELECT b.id, b.fiscal_year, b.source, b.amount_fen, b.description, b.added_by, b.added_at,
			       l.credits_posted - l.debits_posted - l.debits_pending AS available,
			       coalesce(c.held, 0) AS held, coalesce(c.committed, 0) AS committed, coalesce(d.disbursed, 0) AS disbursed
			FROM budget_line b
			JOIN ledger_account l ON l.id = 'budget-line:' || b.id
			LEFT JOIN (SELECT budget_line_id, sum(credits_pending) AS held, sum(credits_posted - debits_posted) AS committed
			           FROM ledger_account WHERE kind = 'COMMITMENT' GROUP BY budget_line_id) c ON c.budget_line_id = b.id
			LEFT JOIN (SELECT budget_line_id, sum(credits_posted) AS disbursed
			           FROM ledger_account WHERE kind = 'DISBURSED' GROUP BY budget_line_id) d ON d.budget_line_id = b.id
			""";

	private final JdbcClient jdbc;

	BudgetLinesJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(BudgetLine line) {
		jdbc.sql("""
				INSERT INTO budget_line (id, fiscal_year, source, amount_fen, description, added_by, added_at)
				VALUES (:id, :year, :source, :amount, :description, :addedBy, :addedAt)
				""")
			.param("id", line.id().value())
			.param("year", line.fiscalYear().value())
			.param("source", line.source().name())
			.param("amount", line.amountFen())
			.param("description", line.description())
			.param("addedBy", line.addedBy())
			.param("addedAt", OffsetDateTime.ofInstant(line.addedAt(), ZoneOffset.UTC))
			.update();
	}

	@Override
	public Optional<LineStanding> find(BudgetLineId id) {
		return jdbc.sql(STANDING + " WHERE b.id = :id").param("id", id.value()).query(this::standing).optional();
	}

	@Override
	public List<LineStanding> of(FiscalYear year, FundingSource source) {
		return jdbc.sql(STANDING + " WHERE b.fiscal_year = :year AND b.source = :source ORDER BY available DESC, b.id")
			.param("year", year.value())
			.param("source", source.name())
			.query(this::standing)
			.list();
	}

	private LineStanding standing(ResultSet rs, int row) throws SQLException {
		BudgetLine line = new BudgetLine(new BudgetLineId(rs.getObject("id", UUID.class)),
				new FiscalYear(rs.getInt("fiscal_year")), FundingSource.valueOf(rs.getString("source")),
				rs.getLong("amount_fen"), rs.getString("description"), rs.getString("added_by"),
				rs.getTimestamp("added_at").toInstant());
		return new LineStanding(line, rs.getLong("held"), rs.getLong("committed"), rs.getLong("disbursed"),
				rs.getLong("available"));
	}

	/** One statement, so every figure comes from the same snapshot of the year's accounts. */
	@Override
	public FiscalCapacity capacityOf(FiscalYear year) {
		List<SourceCapacity> sources = new ArrayList<>();
		int[] lines = { 0 };
		jdbc.sql("SELECT source, count(*) AS lines, sum(amount_fen) AS budgeted, sum(held + committed) AS committed, "
				+ "sum(disbursed) AS disbursed, sum(available) AS available FROM (" + STANDING
				+ " WHERE b.fiscal_year = :year) s GROUP BY source")
			.param("year", year.value())
			.query(rs -> {
				lines[0] += rs.getInt("lines");
				sources.add(new SourceCapacity(FundingSource.valueOf(rs.getString("source")), rs.getLong("budgeted"),
						rs.getLong("committed"), rs.getLong("disbursed"), rs.getLong("available")));
			});
		sources.sort(java.util.Comparator.comparing(SourceCapacity::source));
		return FiscalCapacity.of(year.value(), lines[0], sources);
	}

}
