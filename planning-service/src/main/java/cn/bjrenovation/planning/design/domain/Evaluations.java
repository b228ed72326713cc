package cn.bjrenovation.planning.design.domain;

import java.util.Optional;

/** Post-renovation evaluations, one per project. */
public interface Evaluations {

	/** @return false when the project already has one (nothing is changed) */
	boolean add(PostRenovationEvaluation evaluation);

	Optional<PostRenovationEvaluation> evaluationOf(ProjectId projectId);

}
