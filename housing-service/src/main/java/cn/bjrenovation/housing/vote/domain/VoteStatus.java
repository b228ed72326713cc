package cn.bjrenovation.housing.vote.domain;

/** OPEN while ballots are recorded; PASSED or FAILED once the street closes it. */
public enum VoteStatus {

	OPEN, PASSED, FAILED

}
