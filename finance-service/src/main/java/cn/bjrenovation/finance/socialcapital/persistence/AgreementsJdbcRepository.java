package cn.bjrenovation.finance.socialcapital.persistence;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.finance.socialcapital.domain.Agreement;
import cn.bjrenovation.finance.socialcapital.domain.Agreements;
import cn.bjrenovation.finance.socialcapital.domain.ServiceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AgreementsJdbcRepository implements Agreements {

	private final JdbcClient jdbc;

	AgreementsJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(Agreement agreement) {
		jdbc.sql("""
				INSERT INTO social_capital_agreement (id, project_id, party, items, amount_fen, terms, term_years,
				                                      return_cap_bp, recorded_by, recorded_at)
				VALUES (:id, :project, :party, :items, :amount, :terms, :years, :cap, :by, :at)""")
			.param("id", agreement.id())
			.param("project", agreement.projectId())
			.param("party", agreement.party())
			.param("items", agreement.items().toArray(String[]::new))
			.param("amount", agreement.amountFen())
			.param("terms", agreement.terms())
			.param("years", agreement.termYears())
			.param("cap", agreement.returnCapBasisPoints())
			.param("by", agreement.recordedBy())
			.param("at", Timestamp.from(agreement.recordedAt()))
			.update();
		agreement.declaredIncomeFen().forEach((kind, income) -> jdbc.sql("""
				INSERT INTO social_capital_service (agreement_id, kind, declared_income_fen) VALUES (:id, :kind, :income)""")
			.param("id", agreement.id())
			.param("kind", kind.name())
			.param("income", income)
			.update());
	}

	@Override
	public Optional<Agreement> find(UUID id) {
		Map<ServiceKind, Long> incomes = new EnumMap<>(ServiceKind.class);
		jdbc.sql("SELECT kind, declared_income_fen FROM social_capital_service WHERE agreement_id = :id")
			.param("id", id)
			.query(rs -> {
				incomes.put(ServiceKind.valueOf(rs.getString("kind")), rs.getLong("declared_income_fen"));
			});
		return jdbc.sql("SELECT * FROM social_capital_agreement WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Agreement(id, rs.getObject("project_id", UUID.class), rs.getString("party"),
					Arrays.asList((String[]) rs.getArray("items").getArray()), rs.getLong("amount_fen"),
					rs.getString("terms"), rs.getInt("term_years"), rs.getInt("return_cap_bp"), incomes,
					rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
			.optional();
	}

}
