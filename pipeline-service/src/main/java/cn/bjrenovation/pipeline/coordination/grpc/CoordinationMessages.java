package cn.bjrenovation.pipeline.coordination.grpc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import cn.bjrenovation.pipeline.coordination.application.PlanView;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.pipeline.coordination.domain.Handover;
import cn.bjrenovation.pipeline.coordination.domain.Participant;
import cn.bjrenovation.pipeline.coordination.domain.PlanItem;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindow;
import cn.bjrenovation.pipeline.coordination.domain.UtilityPart;
import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.pipeline.utility.domain.UtilityOperator;
import cn.bjrenovation.pipeline.v1.CoordinationProject;
import cn.bjrenovation.pipeline.v1.CoordinationStatus;
import cn.bjrenovation.pipeline.v1.Inspection;
import cn.bjrenovation.pipeline.v1.ParticipantRole;
import cn.bjrenovation.pipeline.v1.PartStatus;
import cn.bjrenovation.pipeline.v1.PipelineItem;
import cn.bjrenovation.pipeline.v1.ProtectionException;
import cn.bjrenovation.pipeline.v1.RoadWork;
import cn.bjrenovation.pipeline.v1.WindowParticipant;
import cn.bjrenovation.pipeline.v1.WindowStatus;
import cn.bjrenovation.pipeline.v1.WorksStage;
import com.google.protobuf.Timestamp;

/**
 * pipeline's own objects as its contract ({@code pipeline.v1}) writes them, for its gRPC answers and its facts on
 * {@code pipeline.coordination}. Dates are ISO days; an absent date or text is the empty string.
 */
public final class CoordinationMessages {

	private CoordinationMessages() {
	}

	public static CoordinationProject project(CoordinationPlan plan) {
		var project = plan.project();
		return CoordinationProject.newBuilder()
			.setProjectId(project.id().toString())
			.setCommunityId(project.communityId().toString())
			.setCommunityName(project.communityName())
			.setDistrictCode(project.districtCode())
			.setStreetCode(project.street().value())
			.setPlanYear(project.planYear())
			.build();
	}

	public static cn.bjrenovation.pipeline.v1.Utility utility(Utility utility) {
		return cn.bjrenovation.pipeline.v1.Utility.valueOf(utility.name());
	}

	public static cn.bjrenovation.pipeline.v1.UtilityPart part(UtilityPart part, Map<String, UtilityOperator> operators) {
		var built = cn.bjrenovation.pipeline.v1.UtilityPart.newBuilder()
			.setUtility(utility(part.utility()))
			.setEstimatedCostFen(part.estimatedCostFen())
			.setStatus(PartStatus.valueOf("PART_" + part.status().name()))
			.addAllChangeReasons(part.changeReasons())
			.setAnsweredBy(text(part.answeredBy()));
		for (String code : part.operatorCodes()) {
			UtilityOperator operator = operators.get(code);
			built.addOperators(cn.bjrenovation.pipeline.v1.UtilityOperator.newBuilder()
				.setCode(code)
				.setName(operator == null ? code : operator.name())
				.setUtility(utility(part.utility())));
		}
		for (PlanItem item : part.items()) {
			built.addItems(PipelineItem.newBuilder()
				.setCatalogueCode(item.catalogueCode())
				.setName(item.name())
				.setQuantity(item.quantity())
				.setUnit(item.unit())
				.setEstimatedCostFen(item.estimatedCostFen()));
		}
		if (part.confirmation() != null) {
			built.setConfirmedScope(part.confirmation().scope())
				.setConfirmedFrom(part.confirmation().from().toString())
				.setConfirmedTo(part.confirmation().to().toString())
				.setContributionFen(part.confirmation().contributionFen());
		}
		if (part.answeredAt() != null) {
			built.setAnsweredAt(timestamp(part.answeredAt()));
		}
		return built.build();
	}

	public static cn.bjrenovation.pipeline.v1.TrenchWindow window(TrenchWindow window) {
		var built = cn.bjrenovation.pipeline.v1.TrenchWindow.newBuilder()
			.setWindowId(window.id().toString())
			.setSegmentCode(window.segment().value())
			.setSegmentName(window.segmentName())
			.setStreetCode(window.street().value())
			.setStartDate(window.start().toString())
			.setEndDate(window.end().toString())
			.setStatus(switch (window.status()) {
				case SCHEDULED -> WindowStatus.SCHEDULED;
				case COMPLETED -> WindowStatus.WINDOW_COMPLETED;
				case RELEASED -> WindowStatus.WINDOW_RELEASED;
			})
			.setRoadWork(RoadWork.valueOf(window.roadWork().name()))
			.setCompletedOn(date(window.completedOn()))
			.setProtectedUntil(date(window.protectedUntil()));
		for (Participant participant : window.participants()) {
			built.addParticipants(WindowParticipant.newBuilder()
				.setProjectId(participant.projectId().toString())
				.setUtility(utility(participant.utility()))
				.setRole(ParticipantRole.valueOf(participant.role().name()))
				.setStage(WorksStage.valueOf(participant.stage().name()))
				.setStageOn(date(participant.stageOn())));
		}
		if (window.exception() != null) {
			built.setProtectionException(ProtectionException.newBuilder()
				.setApprovalReference(window.exception().approvalReference())
				.setApprovedBy(window.exception().approvedBy())
				.setApprovedOn(window.exception().approvedOn().toString())
				.setReason(window.exception().reason()));
		}
		return built.build();
	}

	public static cn.bjrenovation.pipeline.v1.Handover handover(CoordinationPlan plan) {
		Handover handover = plan.handover();
		var built = cn.bjrenovation.pipeline.v1.Handover.newBuilder()
			.setAcceptanceReference(handover.acceptanceReference())
			.setHandedOverOn(handover.handedOverOn().toString())
			.setNote(handover.note())
			.setRecordedBy(handover.recordedBy());
		plan.utilities().forEach(utility -> built.addUtilities(utility(utility)));
		return built.build();
	}

	public static cn.bjrenovation.pipeline.v1.CoordinationPlan plan(PlanView view) {
		CoordinationPlan plan = view.plan();
		var built = cn.bjrenovation.pipeline.v1.CoordinationPlan.newBuilder()
			.setProject(project(plan))
			.setStatus(CoordinationStatus.valueOf(plan.status().name()))
			.setSchemeVersion(plan.schemeVersion())
			.setOverheadLinesUnderground(plan.overheadLinesUnderground())
			.setVersion(plan.version())
			.setDraftedAt(timestamp(plan.draftedAt()));
		plan.parts().forEach(part -> built.addParts(part(part, view.operators())));
		view.windows().forEach(window -> built.addWindows(window(window)));
		view.inspections()
			.forEach(inspection -> built.addInspections(Inspection.newBuilder()
				.setInspectionId(inspection.id().toString())
				.setWindowId(inspection.windowId().toString())
				.setInspectedOn(inspection.inspectedOn().toString())
				.setPassed(inspection.passed())
				.setFindings(inspection.findings())
				.setInspector(inspection.inspector())));
		if (plan.handover() != null) {
			built.setHandover(handover(plan));
		}
		return built.build();
	}

	static Timestamp timestamp(Instant at) {
		return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
	}

	private static String date(LocalDate day) {
		return day == null ? "" : day.toString();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
