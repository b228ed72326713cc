package cn.bjrenovation.planning.design.grpc;

import java.time.Instant;
import java.util.List;

import cn.bjrenovation.planning.design.application.DesignCaseView;
import cn.bjrenovation.planning.design.domain.Attachment;
import cn.bjrenovation.planning.design.domain.DesignCase;
import cn.bjrenovation.planning.design.domain.DesignItem;
import cn.bjrenovation.planning.design.domain.DesignProject;
import cn.bjrenovation.planning.design.domain.DesignScheme;
import cn.bjrenovation.planning.design.domain.ItemPermit;
import cn.bjrenovation.planning.design.domain.OpinionCollection;
import cn.bjrenovation.planning.design.domain.ReviewComment;
import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstruction;
import cn.bjrenovation.planning.v1.AttachmentKind;
import cn.bjrenovation.planning.v1.CollectionMethod;
import cn.bjrenovation.planning.v1.CommitmentCheck;
import cn.bjrenovation.planning.v1.DesignCaseStatus;
import cn.bjrenovation.planning.v1.IllegalConstructionDecision;
import cn.bjrenovation.planning.v1.ItemClass;
import cn.bjrenovation.planning.v1.PermitDetermination;
import cn.bjrenovation.planning.v1.PostRenovationEvaluation;
import cn.bjrenovation.planning.v1.SchemeReview;
import cn.bjrenovation.planning.v1.UtilityKind;
import com.google.protobuf.Timestamp;

/** planning's design records as the {@code planning.v1} contract writes them, for gRPC answers and events alike. */
public final class DesignMessages {

	private DesignMessages() {
	}

	public static cn.bjrenovation.planning.v1.DesignProject project(DesignProject project) {
		return cn.bjrenovation.planning.v1.DesignProject.newBuilder()
			.setProjectId(project.id().toString())
			.setCommunityId(project.communityId().toString())
			.setCommunityName(project.communityName())
			.setDistrictCode(project.district().value())
			.setStreetCode(project.street().value())
			.setPlanYear(project.planYear())
			.setHistoricDistrict(project.historicDistrict())
			.build();
	}

	public static cn.bjrenovation.planning.v1.DesignItem item(DesignItem item) {
		var message = cn.bjrenovation.planning.v1.DesignItem.newBuilder()
			.setCatalogueCode(item.code())
			.setName(item.name())
			.setItemClass(ItemClass.valueOf(item.itemClass().name()))
			.setQuantity(item.quantity().doubleValue())
			.setUnit(item.unit())
			.setEstimatedCostFen(item.estimatedCostFen())
			.setTouchesUtility(item.touchesUtility());
		if (item.utility() != null) {
			message.setUtility(UtilityKind.valueOf(item.utility().name()));
		}
		if (item.description() != null) {
			message.setDescription(item.description());
		}
		if (item.demolishes() != null) {
			message.setDemolishesDeterminationId(item.demolishes().toString());
		}
		return message.build();
	}

	public static cn.bjrenovation.planning.v1.ReviewComment comment(ReviewComment comment) {
		return cn.bjrenovation.planning.v1.ReviewComment.newBuilder()
			.setPart(comment.part())
			.setText(comment.text())
			.build();
	}

	/** A version with the metadata of the attachments it names, out of {@code attachments}. */
	public static cn.bjrenovation.planning.v1.DesignScheme scheme(DesignScheme scheme, List<Attachment> attachments) {
		var message = cn.bjrenovation.planning.v1.DesignScheme.newBuilder()
			.setVersion(scheme.version())
			.addAllItems(scheme.items().stream().map(DesignMessages::item).toList())
			.setTotalCostFen(scheme.totalCostFen())
			.setChangesLandRights(scheme.changesLandRights())
			.setChangesPlanningConditions(scheme.changesPlanningConditions())
			.setSummary(scheme.summary())
			.addAllAttachments(attachments.stream()
				.filter(attachment -> scheme.attachmentIds().contains(attachment.id()))
				.map(DesignMessages::attachment)
				.toList())
			.addAllChangedParts(scheme.changedParts().stream().sorted().toList())
			.setSubmittedBy(scheme.submittedBy())
			.setSubmittedAt(timestamp(scheme.submittedAt()));
		if (scheme.historicKeeping() != null) {
			message.setHistoricKeeping(scheme.historicKeeping());
		}
		if (scheme.review() != null) {
			message.setReview(SchemeReview.newBuilder()
				.setDecision(scheme.review().decision().name())
				.addAllComments(scheme.review().comments().stream().map(DesignMessages::comment).toList())
				.setReviewer(scheme.review().reviewer())
				.setReviewedAt(timestamp(scheme.review().at())));
		}
		return message.build();
	}

	public static cn.bjrenovation.planning.v1.Attachment attachment(Attachment attachment) {
		return cn.bjrenovation.planning.v1.Attachment.newBuilder()
			.setAttachmentId(attachment.id().toString())
			.setKind(AttachmentKind.valueOf(attachment.kind().name()))
			.setFileName(attachment.fileName())
			.setMediaType(attachment.mediaType())
			.setSizeBytes(attachment.sizeBytes())
			.setSha256(attachment.sha256())
			.setUploadedBy(attachment.uploadedBy())
			.setUploadedAt(timestamp(attachment.uploadedAt()))
			.build();
	}

	public static cn.bjrenovation.planning.v1.ItemPermit permit(ItemPermit permit) {
		var message = cn.bjrenovation.planning.v1.ItemPermit.newBuilder()
			.setCatalogueCode(permit.code())
			.setDetermination(PermitDetermination.valueOf(permit.determination().name()))
			.setSuggested(PermitDetermination.valueOf(permit.suggested().name()))
			.setReason(permit.reason())
			.setDeterminedBy(permit.determinedBy())
			.setDeterminedAt(timestamp(permit.determinedAt()));
		if (permit.check() != null) {
			message.setCheck(CommitmentCheck.newBuilder()
				.setPassed(permit.check().passed())
				.setNote(permit.check().note())
				.setCheckedBy(permit.check().checkedBy())
				.setCheckedAt(timestamp(permit.check().checkedAt())));
		}
		return message.build();
	}

	static cn.bjrenovation.planning.v1.OpinionCollection opinions(OpinionCollection collection) {
		return cn.bjrenovation.planning.v1.OpinionCollection.newBuilder()
			.setCollectionId(collection.id().toString())
			.setMethod(CollectionMethod.valueOf(collection.method().name()))
			.setCollectedFrom(collection.collectedFrom().toString())
			.setCollectedTo(collection.collectedTo().toString())
			.setParticipants(collection.participants())
			.addAllRequests(collection.requests())
			.setRecordedBy(collection.recordedBy())
			.setRecordedAt(timestamp(collection.recordedAt()))
			.build();
	}

	static cn.bjrenovation.planning.v1.IllegalConstruction illegalConstruction(IllegalConstruction determination) {
		var message = cn.bjrenovation.planning.v1.IllegalConstruction.newBuilder()
			.setDeterminationId(determination.id().toString())
			.setCommunityId(determination.communityId().toString())
			.setWhat(determination.what())
			.setLocation(determination.location())
			.setDecision(IllegalConstructionDecision.valueOf(determination.decision().name()))
			.setResolved(!determination.open())
			.setDeterminedBy(determination.determinedBy())
			.setDeterminedAt(timestamp(determination.determinedAt()));
		if (determination.resolution() != null) {
			message.setResolution(determination.resolution());
		}
		return message.build();
	}

	/** A case without its versions (as lists answer it). */
	static cn.bjrenovation.planning.v1.DesignCase summary(DesignCase designCase) {
		return cn.bjrenovation.planning.v1.DesignCase.newBuilder()
			.setProject(project(designCase.project()))
			.setStatus(DesignCaseStatus.valueOf(designCase.status().name()))
			.setOpenedAt(timestamp(designCase.openedAt()))
			.setVersion(designCase.version())
			.build();
	}

	static cn.bjrenovation.planning.v1.DesignCase full(DesignCaseView view) {
		var message = summary(view.designCase()).toBuilder()
			.addAllOpinions(view.opinions().stream().map(DesignMessages::opinions).toList())
			.addAllSchemes(view.designCase().schemes().stream().map(scheme -> scheme(scheme, view.attachments())).toList())
			.addAllOpenIllegalConstructions(
					view.openIllegalConstructions().stream().map(DesignMessages::illegalConstruction).toList())
			.addAllPermits(view.permits().stream().map(DesignMessages::permit).toList());
		if (view.planner() != null) {
			message.setPlannerSubject(view.planner().plannerSubject()).setPlannerName(view.planner().plannerName());
		}
		if (view.evaluation() != null) {
			message.setEvaluation(PostRenovationEvaluation.newBuilder()
				.setRating(view.evaluation().rating())
				.setFindings(view.evaluation().findings())
				.setEvaluatedBy(view.evaluation().evaluatedBy())
				.setEvaluatedAt(timestamp(view.evaluation().evaluatedAt())));
		}
		return message.build();
	}

	public static Timestamp timestamp(Instant at) {
		return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
	}

}
