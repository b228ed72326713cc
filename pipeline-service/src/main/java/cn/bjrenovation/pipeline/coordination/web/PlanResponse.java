package cn.bjrenovation.pipeline.coordination.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.bjrenovation.pipeline.coordination.application.PlanView;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.pipeline.coordination.domain.Handover;
import cn.bjrenovation.pipeline.coordination.domain.Inspection;
import cn.bjrenovation.pipeline.coordination.domain.PlanItem;
import cn.bjrenovation.pipeline.coordination.domain.PlanTransition;
import cn.bjrenovation.pipeline.coordination.domain.UtilityPart;

/** A coordination plan as REST answers it: parts, windows, inspections, handover and its history. */
record PlanResponse(String projectId, String communityId, String communityName, String districtCode,
		String streetCode, int planYear, String status, int schemeVersion, boolean overheadLinesUnderground,
		List<PartResponse> parts, List<WindowResponse> windows, List<InspectionResponse> inspections,
		Handover handover, long version, Instant draftedAt, List<TransitionResponse> history) {

	record OperatorResponse(String code, String name) {
	}

	/** @param contributionFen what the operator pays for its network, fen; null until confirmed */
	record PartResponse(String utility, String utilityName, List<OperatorResponse> operators, List<PlanItem> items,
			long estimatedCostFen, String status, String confirmedScope, LocalDate confirmedFrom, LocalDate confirmedTo,
			Long contributionFen, List<String> changeReasons, String answeredBy, Instant answeredAt) {
	}

	record InspectionResponse(String inspectionId, String windowId, LocalDate inspectedOn, boolean passed,
			String findings, String inspector, Instant recordedAt) {

		static InspectionResponse of(Inspection inspection) {
			return new InspectionResponse(inspection.id().toString(), inspection.windowId().toString(),
					inspection.inspectedOn(), inspection.passed(), inspection.findings(), inspection.inspector(),
					inspection.recordedAt());
		}

	}

	record TransitionResponse(int sequence, String action, String from, String to, String utility, String subject,
			String role, String scope, Instant at, List<String> reasons) {

		static TransitionResponse of(PlanTransition transition) {
			return new TransitionResponse(transition.sequence(), transition.action().name(),
					transition.from() == null ? null : transition.from().name(), transition.to().name(),
					transition.utility() == null ? null : transition.utility().name(), transition.actor().subject(),
					transition.actor().role(), transition.actor().scope(), transition.at(), transition.reasons());
		}

	}

	static PlanResponse of(PlanView view) {
		CoordinationPlan plan = view.plan();
		return new PlanResponse(plan.id().toString(), plan.project().communityId().toString(),
				plan.project().communityName(), plan.project().districtCode(), plan.project().street().value(),
				plan.project().planYear(), plan.status().name(), plan.schemeVersion(), plan.overheadLinesUnderground(),
				plan.parts().stream().map(part -> part(part, view)).toList(),
				view.windows().stream().map(WindowResponse::of).toList(),
				view.inspections().stream().map(InspectionResponse::of).toList(), plan.handover(), plan.version(),
				plan.draftedAt(), plan.transitions().stream().map(TransitionResponse::of).toList());
	}

	private static PartResponse part(UtilityPart part, PlanView view) {
		var confirmation = part.confirmation();
		return new PartResponse(part.utility().name(), part.utility().label(), part.operatorCodes()
			.stream()
			.map(code -> new OperatorResponse(code,
					view.operators().containsKey(code) ? view.operators().get(code).name() : code))
			.toList(), part.items(), part.estimatedCostFen(), part.status().name(),
				confirmation == null ? null : confirmation.scope(), confirmation == null ? null : confirmation.from(),
				confirmation == null ? null : confirmation.to(),
				confirmation == null ? null : confirmation.contributionFen(), part.changeReasons(), part.answeredBy(),
				part.answeredAt());
	}

}
