package cn.bjrenovation.planning.illegalconstruction.domain;

/** The commission's decision on an illegal construction: demolish it (拆除) or rectify it within a term (限期整改). */
public enum IllegalConstructionDecision {

	DEMOLISH, RECTIFY

}
