package cn.bjrenovation.planning.design.domain;

/** Where a design case is (DOMAIN §5 step 6); {@link DesignAction} says how it moves. */
public enum DesignCaseStatus {

	/** Opened for the street's planner: opinions are collected, no scheme is under review. */
	OPEN,
	/** A scheme version awaits the commission's review. */
	SUBMITTED,
	/** Returned with all the review's comments (一次性提出审查意见); the planner resubmits. */
	RETURNED,
	/** The commission approved the scheme. */
	APPROVED,
	/** The project left the year's plan (动态调整); the case waits until it is planned again. */
	SUSPENDED,
	/** The project was withdrawn: closed for good. */
	CLOSED,
	/** The project passed joint acceptance (联合验收): the planner's effect evaluation may be recorded. */
	ACCEPTED;

	/** Approved schemes are what finance, DRC and city management read (the policy's {@code designStatus} fact). */
	public boolean approved() {
		return this == APPROVED || this == ACCEPTED;
	}

}
