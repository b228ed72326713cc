package cn.bjrenovation.pipeline.street.web;

import cn.bjrenovation.pipeline.street.application.ListingStreetCommunities;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.StreetCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/pipeline/streets/{streetCode}/communities")
class StreetCommunitiesController {

	private final ListingStreetCommunities listing;

	StreetCommunitiesController(ListingStreetCommunities listing) {
		this.listing = listing;
	}

	@GetMapping
	StreetCommunitiesResponse list(Caller caller, @PathVariable String streetCode) {
		StreetCode street = StreetCode.parse(streetCode, "streetCode");
		return StreetCommunitiesResponse.of(street, listing.on(caller, street));
	}

}
