package cn.bjrenovation.pipeline.coordination.domain;

/** How a utility takes part in a trench window (trench sharing, 同沟共建). */
public enum ParticipantRole {

	/** Opened the window: leads excavation and reinstatement. */
	PRIMARY,
	/** Joined it: lays its network in the same trench. */
	SECONDARY

}
