package cn.bjrenovation.pipeline.coordination.domain;

/** Where one utility's part of a plan is. */
public enum PartStatus {

	/** Not yet invited: the plan is a draft. */
	PENDING,
	/** Invited to confirm. */
	INVITED,
	CONFIRMED,
	/** The operator asked for a change, with reasons; city management revises the plan and invites again. */
	CHANGE_REQUESTED

}
