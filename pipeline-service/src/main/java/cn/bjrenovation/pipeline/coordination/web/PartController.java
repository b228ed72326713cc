package cn.bjrenovation.pipeline.coordination.web;

import java.util.List;

import cn.bjrenovation.pipeline.coordination.application.ChangeRequestCommand;
import cn.bjrenovation.pipeline.coordination.application.ConfirmPartCommand;
import cn.bjrenovation.pipeline.coordination.application.ConfirmingPart;
import cn.bjrenovation.pipeline.coordination.application.FindingPlan;
import cn.bjrenovation.pipeline.coordination.application.ReportingWorks;
import cn.bjrenovation.pipeline.coordination.application.RequestingChange;
import cn.bjrenovation.pipeline.coordination.application.WorksReportCommand;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One utility's part of a plan, answered by its operator: confirm it, ask for a change, report the works. The path
 * names the utility ({@code gas}, {@code GAS}); an operator acts on its own utility only.
 */
@RestController
@RequestMapping("/api/pipeline/plans/{projectId}/parts/{utility}")
class PartController {

	private final ConfirmingPart confirming;

	private final RequestingChange requesting;

	private final ReportingWorks reporting;

	private final FindingPlan finding;

	PartController(ConfirmingPart confirming, RequestingChange requesting, ReportingWorks reporting,
			FindingPlan finding) {
		this.confirming = confirming;
		this.requesting = requesting;
		this.reporting = reporting;
		this.finding = finding;
	}

	/** @param contributionFen what the operator pays for its own network, fen */
	record ConfirmationRequest(String scope, String from, String to, Long contributionFen) {
	}

	@PostMapping("/confirmation")
	PlanResponse confirm(Caller caller, @PathVariable String projectId, @PathVariable String utility,
			@RequestBody ConfirmationRequest request) {
		ConfirmPartCommand command = ConfirmPartCommand.of(projectId, utility, request.scope(), request.from(),
				request.to(), request.contributionFen());
		confirming.confirm(caller, command);
		return PlanResponse.of(finding.find(caller, command.projectId()));
	}

	record ChangeRequest(List<String> reasons) {
	}

	@PostMapping("/change-request")
	PlanResponse requestChange(Caller caller, @PathVariable String projectId, @PathVariable String utility,
			@RequestBody ChangeRequest request) {
		ChangeRequestCommand command = ChangeRequestCommand.of(projectId, utility, request.reasons());
		requesting.request(caller, command);
		return PlanResponse.of(finding.find(caller, command.projectId()));
	}

	/** @param stage STARTED, DONE, REINSTATED_INTERIM or REINSTATED_PERMANENT (or 开工, 完工, 临时恢复, 永久恢复) */
	record WorksRequest(String windowId, String stage, String on, String note) {
	}

	@PostMapping("/works")
	WindowResponse report(Caller caller, @PathVariable String projectId, @PathVariable String utility,
			@RequestBody WorksRequest request) {
		return WindowResponse.of(reporting.report(caller, WorksReportCommand.of(projectId, utility, request.windowId(),
				request.stage(), request.on(), request.note())));
	}

}
