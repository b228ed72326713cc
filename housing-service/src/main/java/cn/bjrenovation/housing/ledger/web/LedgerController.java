package cn.bjrenovation.housing.ledger.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.housing.ledger.application.AppraiseBuildingCommand;
import cn.bjrenovation.housing.ledger.application.AppraisingBuilding;
import cn.bjrenovation.housing.ledger.application.ReadingAppraisalHistory;
import cn.bjrenovation.housing.ledger.application.ReadingLedger;
import cn.bjrenovation.housing.ledger.domain.Appraisal;
import cn.bjrenovation.housing.ledger.domain.LedgerEntry;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.web.GeoJson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LedgerController {

	private final AppraisingBuilding appraising;

	private final ReadingLedger ledger;

	private final ReadingAppraisalHistory history;

	LedgerController(AppraisingBuilding appraising, ReadingLedger ledger, ReadingAppraisalHistory history) {
		this.appraising = appraising;
		this.ledger = ledger;
		this.history = history;
	}

	@PutMapping("/api/housing/buildings/{buildingId}/appraisal")
	AppraisalResponse appraise(Caller caller, @PathVariable String buildingId, @RequestBody AppraisalRequest request) {
		return AppraisalResponse.of(appraising.appraise(caller,
				new AppraiseBuildingCommand(BuildingId.parse(buildingId, "buildingId"), request.grade(),
						request.plan(), request.planStatus(), request.appraisedOn(), request.note())));
	}

	@GetMapping("/api/housing/buildings/{buildingId}/appraisals")
	List<AppraisalResponse> history(Caller caller, @PathVariable String buildingId) {
		return history.history(caller, BuildingId.parse(buildingId, "buildingId"))
			.stream()
			.map(AppraisalResponse::of)
			.toList();
	}

	@GetMapping("/api/housing/dangerous-buildings")
	List<EntryResponse> worstFirst(Caller caller, @RequestParam(required = false) String districtCode,
			@RequestParam(defaultValue = "50") int pageSize, @RequestParam(defaultValue = "0") int offset) {
		return ledger.page(caller, district(districtCode), pageSize, offset).stream().map(EntryResponse::of).toList();
	}

	/** The ledger on the map: one point per dangerous or simple building (at its community), worst first. */
	@GetMapping(path = "/api/housing/map/dangerous-buildings", produces = { GeoJson.MEDIA_TYPE, "application/json" })
	Map<String, Object> map(Caller caller, @RequestParam(required = false) String districtCode) {
		List<Map<String, Object>> features = new ArrayList<>();
		for (LedgerEntry entry : ledger.map(caller, district(districtCode))) {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("buildingId", entry.building().id().toString());
			properties.put("communityName", entry.communityName());
			properties.put("buildingNumber", entry.building().number());
			properties.put("grade", entry.building().dangerousGrade() == null ? null : entry.building().dangerousGrade().name());
			properties.put("simpleBuilding", entry.building().simpleBuilding());
			properties.put("plan", entry.plan() == null ? null : entry.plan().name());
			features.add(GeoJson.point(entry.longitude(), entry.latitude(), properties));
		}
		return GeoJson.collection(features);
	}

	private static DistrictCode district(String text) {
		return text == null ? null : DistrictCode.parse(text, "districtCode");
	}

	/** {@code PUT /api/housing/buildings/{buildingId}/appraisal} body. */
	record AppraisalRequest(String grade, String plan, String planStatus, LocalDate appraisedOn, String note) {
	}

	record AppraisalResponse(String buildingId, String grade, String plan, String planStatus, LocalDate appraisedOn,
			String note, String recordedBy) {

		static AppraisalResponse of(Appraisal a) {
			return new AppraisalResponse(a.buildingId().toString(), a.grade().name(),
					a.plan() == null ? null : a.plan().name(), a.planStatus() == null ? null : a.planStatus().name(),
					a.appraisedOn(), a.note(), a.recordedBy());
		}

	}

	record EntryResponse(String buildingId, String communityId, String communityName, String buildingNumber,
			String districtCode, String streetCode, String grade, boolean simpleBuilding, int buildYear, int floors,
			int households, double latitude, double longitude, String plan, String planStatus, LocalDate appraisedOn) {

		static EntryResponse of(LedgerEntry e) {
			var b = e.building();
			return new EntryResponse(b.id().toString(), b.communityId().toString(), e.communityName(), b.number(),
					e.districtCode(), e.streetCode(), b.dangerousGrade() == null ? null : b.dangerousGrade().name(),
					b.simpleBuilding(), b.buildYear(), b.floors(), b.households(), e.latitude(), e.longitude(),
					e.plan() == null ? null : e.plan().name(), e.planStatus() == null ? null : e.planStatus().name(),
					e.appraisedOn());
		}

	}

}
