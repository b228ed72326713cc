package cn.bjrenovation.housing.vote.domain;

import java.util.List;

/** The thresholds in force, one rule per matter (table {@code vote_rule}). */
public interface VoteRules {

	VoteRule of(VoteMatter matter);

	/** Every matter's rule, in the order of {@link VoteMatter}. */
	List<VoteRule> all();

}
