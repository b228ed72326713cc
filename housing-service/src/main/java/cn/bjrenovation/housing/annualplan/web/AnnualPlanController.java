package cn.bjrenovation.housing.annualplan.web;

import java.net.URI;
import java.util.List;

import cn.bjrenovation.housing.annualplan.application.AdjustingAnnualPlan;
import cn.bjrenovation.housing.annualplan.application.AnnualPlanSettings;
import cn.bjrenovation.housing.annualplan.application.CheckingFiscalCapacity;
import cn.bjrenovation.housing.annualplan.application.CompilingAnnualPlan;
import cn.bjrenovation.housing.annualplan.application.FindingAnnualPlan;
import cn.bjrenovation.housing.annualplan.application.FindingDistrictPlan;
import cn.bjrenovation.housing.annualplan.application.PlanForm;
import cn.bjrenovation.housing.annualplan.domain.AnnualPlan;
import cn.bjrenovation.housing.annualplan.domain.FiscalCapacity;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Annual plans (年度任务计划, plan §三(一)): compiling a year's plan from the reserve pool, reading it and a district's
 * part, adjusting it (动态调整, §四(二)), and the fiscal-capacity check with finance-service before it.
 */
@RestController
@RequestMapping("/api/housing/annual-plans")
class AnnualPlanController {

	private final CheckingFiscalCapacity checking;

	private final CompilingAnnualPlan compiling;

	private final AdjustingAnnualPlan adjusting;

	private final FindingAnnualPlan finding;

	private final FindingDistrictPlan findingDistrict;

	private final AnnualPlanSettings settings;

	AnnualPlanController(CheckingFiscalCapacity checking, CompilingAnnualPlan compiling, AdjustingAnnualPlan adjusting,
			FindingAnnualPlan finding, FindingDistrictPlan findingDistrict, AnnualPlanSettings settings) {
		this.checking = checking;
		this.compiling = compiling;
		this.adjusting = adjusting;
		this.finding = finding;
		this.findingDistrict = findingDistrict;
		this.settings = settings;
	}

	@GetMapping("/{year}/fiscal-capacity")
	FiscalCapacity fiscalCapacity(@PathVariable int year) {
		return checking.forYear(year);
	}

	@PostMapping
	ResponseEntity<PlanResponse> compile(Caller caller, @RequestBody PlanRequest request) {
		AnnualPlan plan = compiling.compile(caller, PlanForm.compilation(request.year(), request.projectIds()));
		return ResponseEntity.created(URI.create("/api/housing/annual-plans/" + plan.year()))
			.body(PlanResponse.of(plan, settings.basicShareMeasure()));
	}

	@GetMapping("/{year}")
	PlanResponse get(Caller caller, @PathVariable int year) {
		return PlanResponse.of(finding.find(caller, year), settings.basicShareMeasure());
	}

	@PostMapping("/{year}/adjustments")
	PlanResponse adjust(Caller caller, @PathVariable int year, @RequestBody AdjustmentRequest request) {
		return PlanResponse.of(adjusting.adjust(caller,
				PlanForm.adjustment(year, request.add(), request.remove(), request.reasons())),
				settings.basicShareMeasure());
	}

	@GetMapping("/{year}/districts/{districtCode}")
	PlanResponse district(Caller caller, @PathVariable int year, @PathVariable String districtCode) {
		FindingDistrictPlan.DistrictPart part = findingDistrict.find(caller, year, districtCode);
		return PlanResponse.ofDistrict(part.plan(), part.districtCode(), settings.basicShareMeasure());
	}

	/** {@code {"year":2026,"projectIds":["…"]}}. */
	record PlanRequest(Integer year, List<String> projectIds) {
	}

	/** {@code {"add":["…"],"remove":["…"],"reasons":["…"]}}. */
	record AdjustmentRequest(List<String> add, List<String> remove, List<String> reasons) {
	}

}
