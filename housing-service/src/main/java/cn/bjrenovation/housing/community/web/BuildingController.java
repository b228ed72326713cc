package cn.bjrenovation.housing.community.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import cn.bjrenovation.housing.community.application.CorrectBuildingCommand;
import cn.bjrenovation.housing.community.application.CorrectingBuilding;
import cn.bjrenovation.housing.community.application.ListingBuildings;
import cn.bjrenovation.housing.community.application.ReadingBuildingHistory;
import cn.bjrenovation.housing.community.application.RegisterBuildingCommand;
import cn.bjrenovation.housing.community.application.RegisteringBuilding;
import cn.bjrenovation.housing.community.application.RetireBuildingCommand;
import cn.bjrenovation.housing.community.application.RetiringBuilding;
import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.BuildingFacts;
import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/housing/communities/{communityId}/buildings")
class BuildingController {

	private final RegisteringBuilding registering;

	private final CorrectingBuilding correcting;

	private final RetiringBuilding retiring;

	private final ReadingBuildingHistory history;

	private final ListingBuildings listing;

	BuildingController(RegisteringBuilding registering, CorrectingBuilding correcting, RetiringBuilding retiring,
			ReadingBuildingHistory history, ListingBuildings listing) {
		this.registering = registering;
		this.correcting = correcting;
		this.retiring = retiring;
		this.history = history;
		this.listing = listing;
	}

	@PostMapping
	ResponseEntity<BuildingResponse> register(Caller caller, @PathVariable String communityId,
			@RequestBody BuildingRequest request) {
		Building building = registering.register(caller,
				new RegisterBuildingCommand(CommunityId.parse(communityId, "communityId"), request.facts()));
		return ResponseEntity
			.created(URI.create("/api/housing/communities/" + communityId + "/buildings/" + building.id()))
			.body(BuildingResponse.of(building));
	}

	@PutMapping("/{buildingId}")
	BuildingResponse correct(Caller caller, @PathVariable String communityId, @PathVariable String buildingId,
			@RequestBody BuildingRequest request) {
		return BuildingResponse.of(correcting.correct(caller,
				CorrectBuildingCommand.of(CommunityId.parse(communityId, "communityId"),
						BuildingId.parse(buildingId, "buildingId"), request.facts(), request.version())));
	}

	@PostMapping("/{buildingId}/retirement")
	BuildingResponse retire(Caller caller, @PathVariable String communityId, @PathVariable String buildingId,
			@RequestBody Retirement request) {
		return BuildingResponse.of(retiring.retire(caller,
				RetireBuildingCommand.of(CommunityId.parse(communityId, "communityId"),
						BuildingId.parse(buildingId, "buildingId"), request.reason(), request.version())));
	}

	@GetMapping("/{buildingId}/history")
	List<HistoryResponse> history(Caller caller, @PathVariable String communityId, @PathVariable String buildingId) {
		return HistoryResponse.of(history.history(caller, CommunityId.parse(communityId, "communityId"),
				BuildingId.parse(buildingId, "buildingId")));
	}

	@GetMapping
	List<BuildingResponse> list(Caller caller, @PathVariable String communityId) {
		return listing.of(caller, CommunityId.parse(communityId, "communityId"))
			.stream()
			.map(BuildingResponse::of)
			.toList();
	}

	/** A building's surveyed facts; a correction also names the version last read. */
	record BuildingRequest(String number, Integer floors, Integer units, Integer buildYear, String structure,
			BigDecimal floorArea, Integer households, Boolean seismicReinforcementNeeded, Boolean energyRetrofitNeeded,
			String elevator, String dangerousGrade, Boolean simpleBuilding, Long version) {

		BuildingFacts facts() {
			return new BuildingFacts(number, floors, units, buildYear, structure, floorArea, households,
					seismicReinforcementNeeded, energyRetrofitNeeded, elevator, dangerousGrade, simpleBuilding);
		}

	}

	record BuildingResponse(String id, String communityId, String number, int floors, int units, int buildYear,
			String structure, BigDecimal floorArea, int households, boolean seismicReinforcementNeeded,
			boolean energyRetrofitNeeded, String elevator, String dangerousGrade, boolean simpleBuilding,
			boolean retired, long version) {

		static BuildingResponse of(Building b) {
			return new BuildingResponse(b.id().toString(), b.communityId().toString(), b.number(), b.floors(),
					b.units(), b.buildYear(), b.structure().name(), b.floorArea(), b.households(),
					b.seismicReinforcementNeeded(), b.energyRetrofitNeeded(), b.elevator().name(),
					b.dangerousGrade() == null ? null : b.dangerousGrade().name(), b.simpleBuilding(), b.retired(),
					b.version());
		}

	}

}
