package cn.bjrenovation.housing.community.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import cn.bjrenovation.housing.community.application.RegisteringBuilding;
import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.BuildingFacts;
import cn.bjrenovation.housing.community.domain.CommunityId;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/housing/communities/{communityId}/buildings")
class BuildingController {

	private final RegisteringBuilding buildings;

	BuildingController(RegisteringBuilding buildings) {
		this.buildings = buildings;
	}

	@PostMapping
	ResponseEntity<BuildingResponse> register(Caller caller, @PathVariable String communityId,
			@RequestBody BuildingFacts request) {
		Building building = buildings.register(caller, CommunityId.parse(communityId, "communityId"), request);
		return ResponseEntity
			.created(URI.create("/api/housing/communities/" + communityId + "/buildings/" + building.id()))
			.body(BuildingResponse.of(building));
	}

	@GetMapping
	List<BuildingResponse> list(Caller caller, @PathVariable String communityId) {
		return buildings.of(caller, CommunityId.parse(communityId, "communityId"))
			.stream()
			.map(BuildingResponse::of)
			.toList();
	}

	record BuildingResponse(String id, String communityId, String number, int floors, int units, int buildYear,
			String structure, BigDecimal floorArea, int households, boolean seismicReinforcementNeeded,
			boolean energyRetrofitNeeded, String elevator, String dangerousGrade, boolean simpleBuilding) {

		static BuildingResponse of(Building b) {
			return new BuildingResponse(b.id().toString(), b.communityId().toString(), b.number(), b.floors(),
					b.units(), b.buildYear(), b.structure().name(), b.floorArea(), b.households(),
					b.seismicReinforcementNeeded(), b.energyRetrofitNeeded(), b.elevator().name(),
					b.dangerousGrade() == null ? null : b.dangerousGrade().name(), b.simpleBuilding());
		}

	}

}
