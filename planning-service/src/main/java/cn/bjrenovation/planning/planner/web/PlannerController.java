package cn.bjrenovation.planning.planner.web;

import cn.bjrenovation.planning.planner.application.AssigningPlanner;
import cn.bjrenovation.planning.planner.application.FindingPlanner;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.StreetCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A street's responsible planner: one per street, so PUT replaces and repeating it changes nothing. */
@RestController
@RequestMapping("/api/planning/streets/{streetCode}/planner")
class PlannerController {

	private final AssigningPlanner assigning;

	private final FindingPlanner finding;

	PlannerController(AssigningPlanner assigning, FindingPlanner finding) {
		this.assigning = assigning;
		this.finding = finding;
	}

	@PutMapping
	PlannerResponse assign(Caller caller, @PathVariable String streetCode, @RequestBody AssignPlannerRequest request) {
		return PlannerResponse.of(assigning.assign(caller, request.toCommand(streetCode)));
	}

	@GetMapping
	PlannerResponse get(Caller caller, @PathVariable String streetCode) {
		return PlannerResponse.of(finding.find(caller, StreetCode.parse(streetCode, "streetCode")));
	}

}
