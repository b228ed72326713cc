package cn.bjrenovation.housing.longterm.web;

import java.net.URI;

import cn.bjrenovation.housing.longterm.application.FindingLongTerm;
import cn.bjrenovation.housing.longterm.application.LongTermView;
import cn.bjrenovation.housing.longterm.application.RecordTrialCommand;
import cn.bjrenovation.housing.longterm.application.RecordingTrial;
import cn.bjrenovation.housing.longterm.application.SignContractCommand;
import cn.bjrenovation.housing.longterm.application.SigningContract;
import cn.bjrenovation.housing.longterm.domain.PropertyContract;
import cn.bjrenovation.housing.longterm.domain.PropertyTrial;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 先尝后买 (A1-11) and 长效管理: the trial, the owners' decision on it, the contract. */
@RestController
@RequestMapping("/api/housing/projects/{projectId}/trial")
class LongTermController {

	private final RecordingTrial recording;

	private final SigningContract signing;

	private final FindingLongTerm finding;

	LongTermController(RecordingTrial recording, SigningContract signing, FindingLongTerm finding) {
		this.recording = recording;
		this.signing = signing;
		this.finding = finding;
	}

	@PostMapping
	ResponseEntity<TrialResponse> record(Caller caller, @PathVariable String projectId,
			@RequestBody TrialRequest request) {
		PropertyTrial trial = recording.record(caller, RecordTrialCommand.of(projectId, request.propertyCompany(),
				request.startsOn(), request.endsOn()));
		return ResponseEntity.created(URI.create("/api/housing/projects/" + projectId + "/trial"))
			.body(TrialResponse.of(trial));
	}

	@PostMapping("/contract")
	LongTermResponse contract(Caller caller, @PathVariable String projectId, @RequestBody ContractRequest request) {
		return LongTermResponse.of(projectId, signing.sign(caller, SignContractCommand.of(projectId, request.voteId(),
				request.signedOn(), request.propertyCompany())));
	}

	@GetMapping
	LongTermResponse get(Caller caller, @PathVariable String projectId) {
		return LongTermResponse.of(projectId, finding.find(caller, ProjectId.parse(projectId, "projectId")));
	}

	record TrialRequest(String propertyCompany, String startsOn, String endsOn) {
	}

	record ContractRequest(String voteId, String signedOn, String propertyCompany) {
	}

	record TrialResponse(String id, String propertyCompany, String startsOn, String endsOn, String status,
			String voteId) {

		static TrialResponse of(PropertyTrial trial) {
			return trial == null ? null : new TrialResponse(trial.id().toString(), trial.propertyCompany(),
					trial.startsOn().toString(), trial.endsOn().toString(), trial.status().name(),
					trial.voteId() == null ? null : trial.voteId().toString());
		}

	}

	record ContractResponse(String propertyCompany, String signedOn, String voteId) {

		static ContractResponse of(PropertyContract contract) {
			return contract == null ? null : new ContractResponse(contract.propertyCompany(),
					contract.signedOn().toString(), contract.voteId().toString());
		}

	}

	record LongTermResponse(String projectId, String projectStatus, TrialResponse trial, ContractResponse contract,
			boolean fundRaised) {

		static LongTermResponse of(String projectId, LongTermView view) {
			return new LongTermResponse(projectId, view.projectStatus().name(), TrialResponse.of(view.trial()),
					ContractResponse.of(view.contract()), view.fundRaised());
		}

	}

}
