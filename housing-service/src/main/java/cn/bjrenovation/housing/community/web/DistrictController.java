package cn.bjrenovation.housing.community.web;

import cn.bjrenovation.housing.community.application.SummarisingDistrict;
import cn.bjrenovation.housing.community.domain.DistrictSummary;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.DistrictCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DistrictController {

	private final SummarisingDistrict summarising;

	DistrictController(SummarisingDistrict summarising) {
		this.summarising = summarising;
	}

	@GetMapping("/api/housing/districts/{districtCode}/summary")
	DistrictSummary summary(Caller caller, @PathVariable String districtCode) {
		return summarising.summarise(caller, DistrictCode.parse(districtCode, "districtCode"));
	}

}
