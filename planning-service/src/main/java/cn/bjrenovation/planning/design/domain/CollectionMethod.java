package cn.bjrenovation.planning.design.domain;

/** How residents' opinions were collected (征集民意): 问卷, 座谈会, 入户走访, 线上, other. */
public enum CollectionMethod {

	QUESTIONNAIRE, MEETING, DOOR_TO_DOOR, ONLINE, OTHER

}
