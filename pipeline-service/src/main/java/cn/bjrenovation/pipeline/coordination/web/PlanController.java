package cn.bjrenovation.pipeline.coordination.web;

import cn.bjrenovation.pipeline.coordination.application.FindingPlan;
import cn.bjrenovation.pipeline.coordination.application.HandingOverNetworks;
import cn.bjrenovation.pipeline.coordination.application.HandoverCommand;
import cn.bjrenovation.pipeline.coordination.application.InspectionCommand;
import cn.bjrenovation.pipeline.coordination.application.InvitingOperators;
import cn.bjrenovation.pipeline.coordination.application.RecordingInspection;
import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's coordination plan (管线统筹): read it; city management invites the operators and records inspections;
 * DRC records the handover (产权移交). Each answer after a change is the plan as it now stands.
 */
@RestController
@RequestMapping("/api/pipeline/plans/{projectId}")
class PlanController {

	private final FindingPlan finding;

	private final InvitingOperators inviting;

	private final RecordingInspection inspecting;

	private final HandingOverNetworks handingOver;

	PlanController(FindingPlan finding, InvitingOperators inviting, RecordingInspection inspecting,
			HandingOverNetworks handingOver) {
		this.finding = finding;
		this.inviting = inviting;
		this.inspecting = inspecting;
		this.handingOver = handingOver;
	}

	@GetMapping
	PlanResponse get(Caller caller, @PathVariable String projectId) {
		return PlanResponse.of(finding.find(caller, ProjectId.parse(projectId, "projectId")));
	}

	/** Invites the operators of every part; the body, if any, is not read. */
	@PostMapping("/invitation")
	PlanResponse invite(Caller caller, @PathVariable String projectId) {
		ProjectId id = ProjectId.parse(projectId, "projectId");
		inviting.invite(caller, id);
		return PlanResponse.of(finding.find(caller, id));
	}

	record InspectionRequest(String windowId, String inspectedOn, Boolean passed, String findings) {
	}

	@PostMapping("/inspections")
	@ResponseStatus(HttpStatus.CREATED)
	PlanResponse.InspectionResponse inspect(Caller caller, @PathVariable String projectId,
			@RequestBody InspectionRequest request) {
		return PlanResponse.InspectionResponse.of(inspecting.record(caller, InspectionCommand.of(projectId,
				request.windowId(), request.inspectedOn(), request.passed(), request.findings())));
	}

	record HandoverRequest(String acceptanceReference, String handedOverOn, String note) {
	}

	@PostMapping("/handover")
	PlanResponse handOver(Caller caller, @PathVariable String projectId, @RequestBody HandoverRequest request) {
		HandoverCommand command = HandoverCommand.of(projectId, request.acceptanceReference(), request.handedOverOn(),
				request.note());
		handingOver.handOver(caller, command);
		return PlanResponse.of(finding.find(caller, command.projectId()));
	}

}
