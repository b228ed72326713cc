package cn.bjrenovation.housing.project.web;

import java.util.List;

import cn.bjrenovation.housing.project.application.ListingRenovationItems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of renovation items (A1-6/7/8): code, Chinese name, class, whether it touches a utility network. */
@RestController
class RenovationItemController {

	private final ListingRenovationItems listing;

	RenovationItemController(ListingRenovationItems listing) {
		this.listing = listing;
	}

	@GetMapping("/api/housing/renovation-items")
	List<ProjectResponse.ItemResponse> list() {
		return listing.list().stream().map(ProjectResponse.ItemResponse::of).toList();
	}

}
