package cn.bjrenovation.finance.socialcapital.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.finance.socialcapital.domain.Agreement;
import cn.bjrenovation.finance.socialcapital.domain.AgreementQuery;
import cn.bjrenovation.finance.socialcapital.domain.Agreements;
import cn.bjrenovation.finance.socialcapital.domain.ServiceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Social-capital agreements with the services each runs. */
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
		return read("a.id = :id", Map.of("id", id)).stream().findFirst();
	}

	@Override
	public List<Agreement> list(AgreementQuery query) {
		StringBuilder where = new StringBuilder("TRUE");
		Map<String, Object> parameters = new HashMap<>();
		if (query.projectId() != null) {
			where.append(" AND a.project_id = :project");
			parameters.put("project", query.projectId());
		}
		if (query.party() != null) {
			where.append(" AND strpos(lower(a.party), lower(:party)) > 0");
			parameters.put("party", query.party());
		}
		if (query.districtCode() != null) {
			where.append(" AND p.district_code = :district");
			parameters.put("district", query.districtCode());
		}
		if (query.after() != null) {
			where.append(" AND a.id > :after");
			parameters.put("after", query.after());
		}
		where.append(" ORDER BY a.id LIMIT :limit");
		parameters.put("limit", query.limit());
		return read(where.toString(), parameters);
	}

	/** The agreements whose row meets the condition (on {@code a}, the agreement, and {@code p}, its funding plan). */
	private List<Agreement> read(String condition, Map<String, Object> parameters) {
		record Row(UUID id, UUID project, String party, List<String> items, long amount, String terms, int years,
				int cap, String by, Instant at) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT a.* FROM social_capital_agreement a JOIN funding_plan p ON p.project_id = a.project_id
				WHERE\s""" + condition)
			.params(parameters)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
					rs.getString("party"), Arrays.asList((String[]) rs.getArray("items").getArray()),
					rs.getLong("amount_fen"), rs.getString("terms"), rs.getInt("term_years"), rs.getInt("return_cap_bp"),
					rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, Map<ServiceKind, Long>> incomes = new HashMap<>();
		jdbc.sql("SELECT agreement_id, kind, declared_income_fen FROM social_capital_service WHERE agreement_id = ANY(:ids)")
			.param("ids", rows.stream().map(Row::id).toArray(UUID[]::new))
			.query(rs -> {
				incomes.computeIfAbsent(rs.getObject("agreement_id", UUID.class), id -> new EnumMap<>(ServiceKind.class))
					.put(ServiceKind.valueOf(rs.getString("kind")), rs.getLong("declared_income_fen"));
			});
		return rows.stream()
			.map(r -> new Agreement(r.id(), r.project(), r.party(), r.items(), r.amount(), r.terms(), r.years(), r.cap(),
					incomes.getOrDefault(r.id(), Map.of()), r.by(), r.at()))
			.toList();
	}

}
