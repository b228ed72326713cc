package cn.bjrenovation.finance.sharing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every version of the cost-sharing rule, as defined. */
public interface CostSharingRules {

	/** The version in force on the day: the latest effective on or before it (the later version on the same day). */
	Optional<CostSharingRule> inForceOn(LocalDate day);

	Optional<CostSharingRule> version(int version);

	/** Every version, newest first. */
	List<CostSharingRule> all();

	/** Stores the rule under the next version number, which it returns. */
	int add(CostSharingRule rule);

}
