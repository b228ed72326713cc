package cn.bjrenovation.housing.vote.domain;

/** The thresholds in force, one rule per matter (table {@code vote_rule}). */
public interface VoteRules {

	VoteRule of(VoteMatter matter);

}
