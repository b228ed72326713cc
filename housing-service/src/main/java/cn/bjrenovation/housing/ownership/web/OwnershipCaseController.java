package cn.bjrenovation.housing.ownership.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.housing.ownership.application.KeepingOwnershipCases;
import cn.bjrenovation.housing.ownership.domain.OwnershipCase;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/housing/ownership-cases")
class OwnershipCaseController {

	private final KeepingOwnershipCases cases;

	OwnershipCaseController(KeepingOwnershipCases cases) {
		this.cases = cases;
	}

	@PostMapping
	ResponseEntity<CaseResponse> register(Caller caller, @RequestBody RegisterRequest request) {
		OwnershipCase created = cases.register(caller, request.communityId(), request.kind(), request.ownerName());
		return ResponseEntity.created(URI.create("/api/housing/ownership-cases/" + created.id()))
			.body(CaseResponse.of(created));
	}

	@GetMapping
	List<CaseResponse> list(Caller caller) {
		return cases.list(caller).stream().map(CaseResponse::of).toList();
	}

	@GetMapping("/{caseId}")
	CaseResponse get(Caller caller, @PathVariable String caseId) {
		return CaseResponse.of(cases.find(caller, id(caseId)));
	}

	@PutMapping("/{caseId}/handover")
	CaseResponse handover(Caller caller, @PathVariable String caseId, @RequestBody HandoverRequest request) {
		return CaseResponse.of(cases.moveHandover(caller, id(caseId), request.handoverStatus()));
	}

	private static UUID id(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("caseId", "'" + text + "' is not an ownership case id (a UUID)");
		}
	}

	record RegisterRequest(String communityId, String kind, String ownerName) {
	}

	record HandoverRequest(String handoverStatus) {
	}

	record CaseResponse(String id, String communityId, String kind, String ownerName, String handoverStatus) {

		static CaseResponse of(OwnershipCase c) {
			return new CaseResponse(c.id().toString(), c.communityId().toString(), c.kind().name(), c.ownerName(),
					c.handoverStatus().name());
		}

	}

}
