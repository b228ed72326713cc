package cn.bjrenovation.planning.design.web;

import java.util.List;

import cn.bjrenovation.planning.design.application.DeterminePermitsCommand;
import cn.bjrenovation.planning.design.application.EvaluateRenovationCommand;
import cn.bjrenovation.planning.design.application.RecordOpinionsCommand;
import cn.bjrenovation.planning.design.application.ReviewDesignCommand;
import cn.bjrenovation.planning.design.application.SubmitDesignCommand;

/** The bodies of the design routes, read as given; each command checks its own. */
final class DesignRequests {

	private DesignRequests() {
	}

	/** {@code POST /api/planning/design-cases/{projectId}/opinions}. */
	record OpinionsRequest(String method, String collectedFrom, String collectedTo, Integer participants,
			List<String> requests) {

		RecordOpinionsCommand toCommand(String projectId) {
			return RecordOpinionsCommand.of(projectId, method, collectedFrom, collectedTo, participants, requests);
		}

	}

	/** {@code POST /api/planning/design-cases/{projectId}/schemes}. */
	record SchemeRequest(List<SubmitDesignCommand.ItemInput> items, Boolean changesLandRights,
			Boolean changesPlanningConditions, String historicKeeping, String summary, List<String> attachmentIds) {

		SubmitDesignCommand toCommand(String projectId) {
			return SubmitDesignCommand.of(projectId, items, changesLandRights, changesPlanningConditions,
					historicKeeping, summary, attachmentIds);
		}

	}

	/** {@code POST /api/planning/design-cases/{projectId}/review}. */
	record ReviewRequest(String decision, List<ReviewDesignCommand.CommentInput> comments,
			List<ReviewDesignCommand.PermitInput> permits) {

		ReviewDesignCommand toCommand(String projectId) {
			return ReviewDesignCommand.of(projectId, decision, comments, permits);
		}

	}

	/** {@code PUT /api/planning/design-cases/{projectId}/permits}. */
	record PermitsRequest(List<ReviewDesignCommand.PermitInput> permits, List<DeterminePermitsCommand.CheckInput> checks) {

		DeterminePermitsCommand toCommand(String projectId) {
			return DeterminePermitsCommand.of(projectId, permits, checks);
		}

	}

	/** {@code PUT /api/planning/design-cases/{projectId}/evaluation}. */
	record EvaluationRequest(Integer rating, String findings) {

		EvaluateRenovationCommand toCommand(String projectId) {
			return EvaluateRenovationCommand.of(projectId, rating, findings);
		}

	}

}
