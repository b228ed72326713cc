package cn.bjrenovation.housing.vote.domain;

import java.util.List;

/**
 * A closed vote's result.
 *
 * @param rule the rule's name, e.g. {@code THREE_QUARTERS}
 * @param reasons each threshold missed, in words that name it; empty when passed
 */
public record VoteResult(boolean passed, VoteTally tally, String rule, List<String> reasons) {

	public VoteResult {
		reasons = List.copyOf(reasons);
	}

}
