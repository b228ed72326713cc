package cn.bjrenovation.planning.illegalconstruction.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.planning.illegalconstruction.application.DetermineIllegalConstructionCommand;
import cn.bjrenovation.planning.illegalconstruction.application.DeterminingIllegalConstruction;
import cn.bjrenovation.planning.illegalconstruction.application.ListingIllegalConstructions;
import cn.bjrenovation.planning.illegalconstruction.application.ResolvingIllegalConstruction;
import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstruction;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Illegal-construction determinations (违法建设认定) per community, and their resolution. */
@RestController
class IllegalConstructionController {

	private final DeterminingIllegalConstruction determining;

	private final ResolvingIllegalConstruction resolving;

	private final ListingIllegalConstructions listing;

	IllegalConstructionController(DeterminingIllegalConstruction determining, ResolvingIllegalConstruction resolving,
			ListingIllegalConstructions listing) {
		this.determining = determining;
		this.resolving = resolving;
		this.listing = listing;
	}

	record DeterminationRequest(String what, String location, String decision) {
	}

	record ResolutionRequest(String resolution) {
	}

	record DeterminationResponse(String id, String communityId, String districtCode, String streetCode, String what,
			String location, String decision, boolean open, String determinedBy, Instant determinedAt,
			String resolution, String resolvedBy, Instant resolvedAt) {

		static DeterminationResponse of(IllegalConstruction determination) {
			return new DeterminationResponse(determination.id().toString(), determination.communityId().toString(),
					determination.district().value(), determination.street().value(), determination.what(),
					determination.location(), determination.decision().name(), determination.open(),
					determination.determinedBy(), determination.determinedAt(), determination.resolution(),
					determination.resolvedBy(), determination.resolvedAt());
		}

	}

	@PostMapping("/api/planning/communities/{communityId}/illegal-constructions")
	@ResponseStatus(HttpStatus.CREATED)
	DeterminationResponse determine(Caller caller, @PathVariable String communityId,
			@RequestBody DeterminationRequest request) {
		return DeterminationResponse.of(determining.determine(caller, DetermineIllegalConstructionCommand.of(communityId,
				request.what(), request.location(), request.decision())));
	}

	@GetMapping("/api/planning/communities/{communityId}/illegal-constructions")
	List<DeterminationResponse> list(Caller caller, @PathVariable String communityId) {
		return listing.list(caller, CommunityId.parse(communityId, "communityId"))
			.stream()
			.map(DeterminationResponse::of)
			.toList();
	}

	@PostMapping("/api/planning/illegal-constructions/{determinationId}/resolution")
	DeterminationResponse resolve(Caller caller, @PathVariable String determinationId,
			@RequestBody ResolutionRequest request) {
		UUID id;
		try {
			id = UUID.fromString(determinationId);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("determinationId", "'" + determinationId + "' is not an id (a UUID)");
		}
		return DeterminationResponse.of(resolving.resolve(caller, id, request.resolution()));
	}

}
