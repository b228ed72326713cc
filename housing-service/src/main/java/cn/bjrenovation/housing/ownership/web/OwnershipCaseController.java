package cn.bjrenovation.housing.ownership.web;

import java.net.URI;
import java.util.List;

import cn.bjrenovation.housing.ownership.application.FindingOwnershipCase;
import cn.bjrenovation.housing.ownership.application.ListingOwnershipCases;
import cn.bjrenovation.housing.ownership.application.MoveHandoverCommand;
import cn.bjrenovation.housing.ownership.application.MovingHandover;
import cn.bjrenovation.housing.ownership.application.RegisterOwnershipCaseCommand;
import cn.bjrenovation.housing.ownership.application.RegisteringOwnershipCase;
import cn.bjrenovation.housing.ownership.domain.OwnershipCase;
import cn.bjrenovation.housing.ownership.domain.OwnershipCaseId;
import cn.bjrenovation.platform.identity.Caller;
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

	private final RegisteringOwnershipCase registering;

	private final MovingHandover moving;

	private final FindingOwnershipCase finding;

	private final ListingOwnershipCases listing;

	OwnershipCaseController(RegisteringOwnershipCase registering, MovingHandover moving, FindingOwnershipCase finding,
			ListingOwnershipCases listing) {
		this.registering = registering;
		this.moving = moving;
		this.finding = finding;
		this.listing = listing;
	}

	@PostMapping
	ResponseEntity<CaseResponse> register(Caller caller, @RequestBody RegisterRequest request) {
		OwnershipCase created = registering.register(caller,
				RegisterOwnershipCaseCommand.of(request.communityId(), request.kind(), request.ownerName()));
		return ResponseEntity.created(URI.create("/api/housing/ownership-cases/" + created.id()))
			.body(CaseResponse.of(created));
	}

	@GetMapping
	List<CaseResponse> list(Caller caller) {
		return listing.list(caller).stream().map(CaseResponse::of).toList();
	}

	@GetMapping("/{caseId}")
	CaseResponse get(Caller caller, @PathVariable String caseId) {
		return CaseResponse.of(finding.find(caller, OwnershipCaseId.parse(caseId, "caseId")));
	}

	@PutMapping("/{caseId}/handover")
	CaseResponse handover(Caller caller, @PathVariable String caseId, @RequestBody HandoverRequest request) {
		return CaseResponse.of(moving.move(caller,
				MoveHandoverCommand.of(OwnershipCaseId.parse(caseId, "caseId"), request.handoverStatus())));
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
