package cn.bjrenovation.housing.community.web;

import cn.bjrenovation.housing.community.application.QueryingCommunities;
import cn.bjrenovation.housing.community.domain.DistrictSummary;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DistrictController {

	private final QueryingCommunities querying;

	DistrictController(QueryingCommunities querying) {
		this.querying = querying;
	}

	@GetMapping("/api/housing/districts/{districtCode}/summary")
	DistrictSummary summary(Caller caller, @PathVariable String districtCode) {
		return querying.summarise(caller, districtCode);
	}

}
