package cn.bjrenovation.housing.vote.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

import cn.bjrenovation.housing.vote.domain.VoteMatter;
import cn.bjrenovation.housing.vote.domain.VoteRule;
import cn.bjrenovation.housing.vote.domain.VoteRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The thresholds of table {@code vote_rule} (migration V16). */
@Repository
class VoteRulesJdbcRepository implements VoteRules {

	private final JdbcClient jdbc;

	VoteRulesJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public VoteRule of(VoteMatter matter) {
		return jdbc.sql("SELECT * FROM vote_rule WHERE matter = :m")
			.param("m", matter.name())
			.query((rs, row) -> rule(rs))
			.optional()
			.orElseThrow(() -> new IllegalStateException("no vote_rule for " + matter));
	}

	@Override
	public List<VoteRule> all() {
		return jdbc.sql("SELECT * FROM vote_rule")
			.query((rs, row) -> rule(rs))
			.stream()
			.sorted(Comparator.comparing(VoteRule::matter))
			.toList();
	}

	private static VoteRule rule(ResultSet rs) throws SQLException {
		return new VoteRule(VoteMatter.valueOf(rs.getString("matter")), rs.getInt("participation_numerator"),
				rs.getInt("participation_denominator"), rs.getInt("approval_numerator"),
				rs.getInt("approval_denominator"), rs.getBoolean("approval_strict"), rs.getString("name"),
				rs.getString("clause"));
	}

}
