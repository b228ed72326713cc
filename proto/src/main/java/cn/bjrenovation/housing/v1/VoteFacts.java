package cn.bjrenovation.housing.v1;

import java.util.List;

/**
 * How to read the facts on {@code housing.vote}, as housing's contract defines them (schema version 1): the owners'
 * decisions (业主共同决定), keyed by community id. Finance reads {@link #VOTE_DECIDED} as the evidence a
 * maintenance-fund raising or use needs. Types not in {@link #TYPES} are to be skipped, not dead-lettered.
 */
public final class VoteFacts {

	public static final String TOPIC = "housing.vote";

	public static final int SCHEMA_VERSION = 1;

	/** A vote was closed and its result computed: {@link VoteDecided}. */
	public static final String VOTE_DECIDED = "VoteDecided";

	public static final List<String> TYPES = List.of(VOTE_DECIDED);

	private VoteFacts() {
	}

}
