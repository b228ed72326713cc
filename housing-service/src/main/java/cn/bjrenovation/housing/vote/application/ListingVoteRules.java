package cn.bjrenovation.housing.vote.application;

import java.util.List;

import cn.bjrenovation.housing.vote.domain.VoteRule;
import cn.bjrenovation.housing.vote.domain.VoteRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thresholds of every matter owners decide together (民法典 第二百七十八条), as the service holds and applies them,
 * so that whoever reads a vote reads it against the same rule the service closes it with. The law, not an object of
 * any place: every reader of votes reads all of them.
 */
@Service
public class ListingVoteRules {

	private final VoteRules rules;

	ListingVoteRules(VoteRules rules) {
		this.rules = rules;
	}

	@Transactional(readOnly = true)
	public List<VoteRule> list() {
		return rules.all();
	}

}
