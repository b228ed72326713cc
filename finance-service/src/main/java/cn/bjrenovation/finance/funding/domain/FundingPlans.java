package cn.bjrenovation.finance.funding.domain;

import java.util.Optional;

/** The funding plans, one per project. */
public interface FundingPlans {

	Optional<FundingPlan> find(ProjectId project);

	/** The projects of the plans matching the query, in project-id order. */
	java.util.List<ProjectId> list(FundingPlanQuery query);

	/** Locks the plan's row until the transaction ends, so moves of one plan apply one after the other. */
	Optional<FundingPlan> lock(ProjectId project);

	/** Stores the plan as it is now (inserts it, or replaces the stored one). */
	void save(FundingPlan plan, String changedBy, java.time.Instant changedAt);

}
