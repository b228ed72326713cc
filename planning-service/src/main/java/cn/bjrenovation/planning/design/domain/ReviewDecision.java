package cn.bjrenovation.planning.design.domain;

/** The commission's decision on a scheme version: approve it, or return it with all its comments at once. */
public enum ReviewDecision {

	APPROVE, RETURN

}
