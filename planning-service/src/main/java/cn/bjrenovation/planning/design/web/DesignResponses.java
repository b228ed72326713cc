package cn.bjrenovation.planning.design.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.bjrenovation.planning.design.application.DesignCasePage;
import cn.bjrenovation.planning.design.application.DesignCaseView;
import cn.bjrenovation.planning.design.domain.Attachment;
import cn.bjrenovation.planning.design.domain.CaseTransition;
import cn.bjrenovation.planning.design.domain.DesignCase;
import cn.bjrenovation.planning.design.domain.DesignItem;
import cn.bjrenovation.planning.design.domain.DesignScheme;
import cn.bjrenovation.planning.design.domain.ItemPermit;
import cn.bjrenovation.planning.design.domain.OpinionCollection;
import cn.bjrenovation.planning.design.domain.PostRenovationEvaluation;
import cn.bjrenovation.planning.design.domain.ReviewComment;
import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstruction;

/** The JSON answers of the design routes (camelCase, costs in fen). */
final class DesignResponses {

	private DesignResponses() {
	}

	record CaseResponse(String projectId, String communityId, String communityName, String districtCode,
			String streetCode, int planYear, boolean historicDistrict, String status, Instant openedAt, long version,
			String plannerSubject, String plannerName, List<OpinionsResponse> opinions, List<SchemeResponse> schemes,
			List<AttachmentResponse> attachments, List<IllegalConstructionResponse> openIllegalConstructions,
			List<PermitResponse> permits, EvaluationResponse evaluation, List<TransitionResponse> history) {

		static CaseResponse of(DesignCaseView view) {
			DesignCase designCase = view.designCase();
			return summary(designCase, view.planner() == null ? null : view.planner().plannerSubject(),
					view.planner() == null ? null : view.planner().plannerName(),
					view.opinions().stream().map(OpinionsResponse::of).toList(),
					designCase.schemes().stream().map(SchemeResponse::of).toList(),
					view.attachments().stream().map(AttachmentResponse::of).toList(),
					view.openIllegalConstructions().stream().map(IllegalConstructionResponse::of).toList(),
					view.permits().stream().map(PermitResponse::of).toList(),
					view.evaluation() == null ? null : EvaluationResponse.of(view.evaluation()),
					designCase.history().stream().map(TransitionResponse::of).toList());
		}

		static CaseResponse of(DesignCase designCase) {
			return summary(designCase, null, null, null, designCase.schemes().isEmpty() ? null
					: designCase.schemes().stream().map(SchemeResponse::of).toList(), null, null, null, null, null);
		}

		private static CaseResponse summary(DesignCase designCase, String plannerSubject, String plannerName,
				List<OpinionsResponse> opinions, List<SchemeResponse> schemes, List<AttachmentResponse> attachments,
				List<IllegalConstructionResponse> open, List<PermitResponse> permits, EvaluationResponse evaluation,
				List<TransitionResponse> history) {
			var project = designCase.project();
			return new CaseResponse(project.id().toString(), project.communityId().toString(), project.communityName(),
					project.district().value(), project.street().value(), project.planYear(), project.historicDistrict(),
					designCase.status().name(), designCase.openedAt(), designCase.version(), plannerSubject, plannerName,
					opinions, schemes, attachments, open, permits, evaluation, history);
		}

	}

	record PageResponse(List<CaseResponse> items, String nextPageToken) {

		static PageResponse of(DesignCasePage page) {
			return new PageResponse(page.cases().stream().map(CaseResponse::of).toList(), page.nextPageToken());
		}

	}

	record ItemResponse(String catalogueCode, String name, String itemClass, BigDecimal quantity, String unit,
			long estimatedCostFen, boolean touchesUtility, String utility, String description,
			String demolishesDeterminationId) {

		static ItemResponse of(DesignItem item) {
			return new ItemResponse(item.code(), item.name(), item.itemClass().name(), item.quantity(), item.unit(),
					item.estimatedCostFen(), item.touchesUtility(), item.utility() == null ? null : item.utility().name(),
					item.description(), item.demolishes() == null ? null : item.demolishes().toString());
		}

	}

	record CommentResponse(String part, String text) {

		static CommentResponse of(ReviewComment comment) {
			return new CommentResponse(comment.part(), comment.text());
		}

	}

	record ReviewResponse(String decision, List<CommentResponse> comments, String reviewer, Instant reviewedAt) {
	}

	record SchemeResponse(int version, List<ItemResponse> items, long totalCostFen, boolean changesLandRights,
			boolean changesPlanningConditions, String historicKeeping, String summary, List<String> opinionIds,
			List<String> attachmentIds, List<String> changedParts, String submittedBy, Instant submittedAt,
			ReviewResponse review) {

		static SchemeResponse of(DesignScheme scheme) {
			return new SchemeResponse(scheme.version(), scheme.items().stream().map(ItemResponse::of).toList(),
					scheme.totalCostFen(), scheme.changesLandRights(), scheme.changesPlanningConditions(),
					scheme.historicKeeping(), scheme.summary(),
					scheme.opinionIds().stream().map(Object::toString).toList(),
					scheme.attachmentIds().stream().map(Object::toString).toList(),
					scheme.changedParts().stream().sorted().toList(), scheme.submittedBy(), scheme.submittedAt(),
					scheme.review() == null ? null
							: new ReviewResponse(scheme.review().decision().name(),
									scheme.review().comments().stream().map(CommentResponse::of).toList(),
									scheme.review().reviewer(), scheme.review().at()));
		}

	}

	record OpinionsResponse(String id, String method, LocalDate collectedFrom, LocalDate collectedTo, int participants,
			List<String> requests, String recordedBy, Instant recordedAt) {

		static OpinionsResponse of(OpinionCollection collection) {
			return new OpinionsResponse(collection.id().toString(), collection.method().name(),
					collection.collectedFrom(), collection.collectedTo(), collection.participants(),
					collection.requests(), collection.recordedBy(), collection.recordedAt());
		}

	}

	record AttachmentResponse(String id, String kind, String fileName, String mediaType, long sizeBytes, String sha256,
			String uploadedBy, Instant uploadedAt) {

		static AttachmentResponse of(Attachment attachment) {
			return new AttachmentResponse(attachment.id().toString(), attachment.kind().name(), attachment.fileName(),
					attachment.mediaType(), attachment.sizeBytes(), attachment.sha256(), attachment.uploadedBy(),
					attachment.uploadedAt());
		}

	}

	record CheckResponse(boolean passed, String note, String checkedBy, Instant checkedAt) {
	}

	record PermitResponse(String catalogueCode, String determination, String suggested, String reason,
			String determinedBy, Instant determinedAt, CheckResponse check) {

		static PermitResponse of(ItemPermit permit) {
			return new PermitResponse(permit.code(), permit.determination().name(), permit.suggested().name(),
					permit.reason(), permit.determinedBy(), permit.determinedAt(),
					permit.check() == null ? null
							: new CheckResponse(permit.check().passed(), permit.check().note(), permit.check().checkedBy(),
									permit.check().checkedAt()));
		}

	}

	record IllegalConstructionResponse(String id, String communityId, String what, String location, String decision,
			boolean open, String determinedBy, Instant determinedAt, String resolution, String resolvedBy,
			Instant resolvedAt) {

		static IllegalConstructionResponse of(IllegalConstruction determination) {
			return new IllegalConstructionResponse(determination.id().toString(), determination.communityId().toString(),
					determination.what(), determination.location(), determination.decision().name(),
					determination.open(), determination.determinedBy(), determination.determinedAt(),
					determination.resolution(), determination.resolvedBy(), determination.resolvedAt());
		}

	}

	record EvaluationResponse(int rating, String findings, String evaluatedBy, Instant evaluatedAt) {

		static EvaluationResponse of(PostRenovationEvaluation evaluation) {
			return new EvaluationResponse(evaluation.rating(), evaluation.findings(), evaluation.evaluatedBy(),
					evaluation.evaluatedAt());
		}

	}

	record TransitionResponse(String action, String fromStatus, String toStatus, String subject, String role,
			String scope, Instant at, List<String> reasons) {

		static TransitionResponse of(CaseTransition transition) {
			return new TransitionResponse(transition.action().name(),
					transition.from() == null ? null : transition.from().name(), transition.to().name(),
					transition.actor().subject(), transition.actor().role(), transition.actor().scope(), transition.at(),
					transition.reasons());
		}

	}

}
