package cn.bjrenovation.housing.vote.persistence;

import cn.bjrenovation.housing.vote.domain.VoteMatter;
import cn.bjrenovation.housing.vote.domain.VoteRule;
import cn.bjrenovation.housing.vote.domain.VoteRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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
			.query((rs, row) -> new VoteRule(matter, rs.getInt("participation_numerator"),
					rs.getInt("participation_denominator"), rs.getInt("approval_numerator"),
					rs.getInt("approval_denominator"), rs.getBoolean("approval_strict"), rs.getString("name"),
					rs.getString("clause")))
			.optional()
			.orElseThrow(() -> new IllegalStateException("no vote_rule for " + matter));
	}

}
