package cn.bjrenovation.housing.project.domain;

import java.time.Instant;
import java.util.Map;

/**
 * Which utilities' operators have coordinated works on a project, as pipeline-service said on
 * {@code pipeline.coordination} (housing never reads pipeline's tables): the construction feature records them from
 * the facts; the joint acceptance asks each of these operators to sign off.
 */
public interface PipelineWorks {

	/** The utilities (e.g. {@code GAS}) with their operators' names; empty when the project has no pipeline works. */
	Map<String, String> of(ProjectId project);

	/** Replaces what is known of the project's pipeline works (empty: none, or no longer coordinated). */
	void record(ProjectId project, Map<String, String> operatorsByUtility, Instant at);

}
