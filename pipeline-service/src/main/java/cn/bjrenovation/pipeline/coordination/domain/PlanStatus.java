package cn.bjrenovation.pipeline.coordination.domain;

/** Where a coordination plan is (DOMAIN §5 step 8); {@link PlanAction} says how it moves. */
public enum PlanStatus {

	/** Drafted from the approved design: city management schedules the trench windows. */
	DRAFTED,
	/** The operators are invited to confirm their parts. */
	INVITED,
	/** Every operator confirmed: construction may count on the pipelines. */
	COORDINATED,
	/** Every part's works are permanently reinstated. */
	COMPLETED,
	/** DRC recorded the handover of the renovated networks to their operators (产权移交). */
	HANDED_OVER,
	/** The project was withdrawn or left the plan: its windows were released. */
	RELEASED

}
