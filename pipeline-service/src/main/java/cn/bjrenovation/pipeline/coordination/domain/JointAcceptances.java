package cn.bjrenovation.pipeline.coordination.domain;

import java.time.Instant;
import java.util.Optional;

/** The joint acceptances heard from housing, one per project. */
public interface JointAcceptances {

	/** Keeps the acceptance unless the project has one already; whether it was kept now. */
	boolean add(JointAcceptance acceptance, Instant recordedAt);

	Optional<JointAcceptance> of(ProjectId project);

}
