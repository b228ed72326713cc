package cn.bjrenovation.housing.acceptance.web;

import java.net.URI;
import java.util.List;

import cn.bjrenovation.housing.acceptance.application.FindingAcceptance;
import cn.bjrenovation.housing.acceptance.application.OpenAcceptanceCommand;
import cn.bjrenovation.housing.acceptance.application.OpeningAcceptance;
import cn.bjrenovation.housing.acceptance.application.SignOffCommand;
import cn.bjrenovation.housing.acceptance.application.SigningOffAcceptance;
import cn.bjrenovation.housing.acceptance.domain.JointAcceptance;
import cn.bjrenovation.housing.acceptance.domain.PartySignOff;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 联合验收 (plan §三(七)): the district opens a project's joint acceptance; each party signs it off or refuses. */
@RestController
@RequestMapping("/api/housing/projects/{projectId}/acceptance")
class AcceptanceController {

	private final OpeningAcceptance opening;

	private final SigningOffAcceptance signingOff;

	private final FindingAcceptance finding;

	AcceptanceController(OpeningAcceptance opening, SigningOffAcceptance signingOff, FindingAcceptance finding) {
		this.opening = opening;
		this.signingOff = signingOff;
		this.finding = finding;
	}

	@PostMapping
	ResponseEntity<AcceptanceResponse> open(Caller caller, @PathVariable String projectId,
			@RequestBody OpenRequest request) {
		JointAcceptance opened = opening.open(caller,
				OpenAcceptanceCommand.of(projectId, request.openedOn(), request.note()));
		return ResponseEntity.created(URI.create("/api/housing/projects/" + projectId + "/acceptance"))
			.body(AcceptanceResponse.of(opened));
	}

	@PostMapping("/sign-offs")
	AcceptanceResponse signOff(Caller caller, @PathVariable String projectId, @RequestBody SignOffRequest request) {
		return AcceptanceResponse.of(signingOff.signOff(caller, SignOffCommand.of(projectId, request.party(),
				request.utility(), request.decision(), request.findings())));
	}

	@GetMapping
	AcceptanceResponse get(Caller caller, @PathVariable String projectId) {
		return AcceptanceResponse.of(finding.find(caller, ProjectId.parse(projectId, "projectId")));
	}

	record OpenRequest(String openedOn, String note) {
	}

	record SignOffRequest(String party, String utility, String decision, List<String> findings) {
	}

	record AcceptanceResponse(String projectId, String status, String openedOn, String note, String passedAt,
			List<String> missing, List<PartyResponse> parties) {

		static AcceptanceResponse of(JointAcceptance acceptance) {
			return new AcceptanceResponse(acceptance.projectId().toString(), acceptance.status().name(),
					acceptance.openedOn().toString(), acceptance.note(),
					acceptance.passedAt() == null ? null : acceptance.passedAt().toString(), acceptance.missing(),
					acceptance.parties().stream().map(PartyResponse::of).toList());
		}

	}

	record PartyResponse(String party, String utility, String decision, List<String> findings, String by, String at) {

		static PartyResponse of(PartySignOff party) {
			return new PartyResponse(party.party().name(), party.utility(),
					party.decision() == null ? null : party.decision().name(), party.findings(), party.by(),
					party.at() == null ? null : party.at().toString());
		}

	}

}
