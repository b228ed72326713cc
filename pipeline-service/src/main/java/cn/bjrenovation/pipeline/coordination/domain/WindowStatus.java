package cn.bjrenovation.pipeline.coordination.domain;

/** A trench window's state. */
public enum WindowStatus {

	/** The segment will be opened between the window's dates. */
	SCHEDULED,
	/** Every participant permanently reinstated; the protection period, if any, runs from the completion. */
	COMPLETED,
	/** Every project in it was withdrawn or left the plan: the segment is free again. */
	RELEASED

}
