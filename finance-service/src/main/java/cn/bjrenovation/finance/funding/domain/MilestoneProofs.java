package cn.bjrenovation.finance.funding.domain;

import java.time.Instant;
import java.util.Optional;

/** The milestones proved by housing's facts, one per project and milestone. */
public interface MilestoneProofs {

	/** Records the proof unless the milestone (or the event) is proved already; whether it was recorded now. */
	boolean record(MilestoneProof proof, Instant recordedAt);

	Optional<MilestoneProof> find(ProjectId project, Milestone milestone);

}
