package cn.bjrenovation.finance.sharing.persistence;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.bjrenovation.finance.sharing.domain.CostCategory;
import cn.bjrenovation.finance.sharing.domain.CostParty;
import cn.bjrenovation.finance.sharing.domain.CostSharingRule;
import cn.bjrenovation.finance.sharing.domain.CostSharingRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CostSharingRulesJdbcRepository implements CostSharingRules {

	private final JdbcClient jdbc;

	CostSharingRulesJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<CostSharingRule> inForceOn(LocalDate day) {
		return jdbc.sql("""
				SELECT version FROM cost_sharing_rule WHERE effective_from <= :day
				ORDER BY effective_from DESC, version DESC LIMIT 1
				""").param("day", day).query(Integer.class).optional().flatMap(this::version);
	}

	@Override
	public Optional<CostSharingRule> version(int version) {
		return read("WHERE r.version = :version", Map.of("version", version)).stream().findFirst();
	}

	@Override
	public List<CostSharingRule> all() {
		return read("", Map.of());
	}

	private List<CostSharingRule> read(String where, Map<String, Object> params) {
		record Row(int version, LocalDate from, boolean isDefault, String note, String by, Timestamp at, String category,
				String party, int basisPoints) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT r.version, r.effective_from, r.is_default, r.note, r.defined_by, r.defined_at, s.category, s.party,
				       s.basis_points
				FROM cost_sharing_rule r JOIN cost_sharing_share s ON s.version = r.version
				""" + where + " ORDER BY r.version DESC")
			.params(params)
			.query((rs, n) -> new Row(rs.getInt("version"), rs.getObject("effective_from", LocalDate.class),
					rs.getBoolean("is_default"), rs.getString("note"), rs.getString("defined_by"),
					rs.getTimestamp("defined_at"), rs.getString("category"), rs.getString("party"),
					rs.getInt("basis_points")))
			.list();
		Map<Integer, List<Row>> byVersion = new LinkedHashMap<>();
		rows.forEach(row -> byVersion.computeIfAbsent(row.version(), v -> new ArrayList<>()).add(row));
		return byVersion.values().stream().map(ofVersion -> {
			Map<CostCategory, Map<CostParty, Integer>> shares = new EnumMap<>(CostCategory.class);
			ofVersion.forEach(row -> shares.computeIfAbsent(CostCategory.valueOf(row.category()),
					c -> new EnumMap<>(CostParty.class)).put(CostParty.valueOf(row.party()), row.basisPoints()));
			Row first = ofVersion.get(0);
			return new CostSharingRule(first.version(), first.from(), first.isDefault(), shares, first.note(), first.by(),
					first.at().toInstant());
		}).toList();
	}

	/** The version number is the next one under a lock on the table, so two definitions never take the same. */
	@Override
	public int add(CostSharingRule rule) {
		jdbc.sql("LOCK TABLE cost_sharing_rule IN SHARE ROW EXCLUSIVE MODE").update();
		int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM cost_sharing_rule").query(Integer.class).single();
		jdbc.sql("""
				INSERT INTO cost_sharing_rule (version, effective_from, is_default, note, defined_by, defined_at)
				VALUES (:version, :from, FALSE, :note, :by, :at)
				""")
			.param("version", version)
			.param("from", rule.effectiveFrom())
			.param("note", rule.note())
			.param("by", rule.definedBy())
			.param("at", Timestamp.from(rule.definedAt()))
			.update();
		rule.shares().forEach((category, parties) -> parties.forEach((party, basisPoints) -> jdbc.sql("""
				INSERT INTO cost_sharing_share (version, category, party, basis_points)
				VALUES (:version, :category, :party, :bp)
				""")
			.param("version", version)
			.param("category", category.name())
			.param("party", party.name())
			.param("bp", basisPoints)
			.update()));
		return version;
	}

}
