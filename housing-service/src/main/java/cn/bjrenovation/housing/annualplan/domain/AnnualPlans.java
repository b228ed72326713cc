package cn.bjrenovation.housing.annualplan.domain;

import java.util.Optional;

/** Every year's plan with its changes (appended, never rewritten). */
public interface AnnualPlans {

	/**
	 * Stores a newly compiled plan.
	 * @throws cn.bjrenovation.platform.problems.ConflictException when the year has a plan already
	 */
	void add(AnnualPlan plan);

	Optional<AnnualPlan> find(int year);

	/**
	 * Stores the adjusted plan — its tasks and its new change — if nobody changed it meanwhile.
	 * @return false when the stored plan no longer has {@code expectedVersion} changes
	 */
	boolean replace(AnnualPlan adjusted, int expectedVersion);

}
