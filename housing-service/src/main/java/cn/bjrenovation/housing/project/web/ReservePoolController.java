package cn.bjrenovation.housing.project.web;

import java.util.List;

import cn.bjrenovation.housing.project.application.ListingReservePool;
import cn.bjrenovation.housing.project.domain.ReservePoolPage;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reserve pool (项目储备库): reserved projects, communities with concentrated 12345 complaints first. */
@RestController
class ReservePoolController {

	private final ListingReservePool listing;

	ReservePoolController(ListingReservePool listing) {
		this.listing = listing;
	}

	@GetMapping("/api/housing/reserve-pool")
	ReservePoolResponse list(Caller caller, @RequestParam(required = false) String districtCode,
			@RequestParam(required = false) Integer pageSize, @RequestParam(required = false) String pageToken) {
		ReservePoolPage page = listing.list(caller, districtCode, pageSize, pageToken);
		return new ReservePoolResponse(page.items().stream().map(PoolItem::of).toList(),
				ListingReservePool.encode(page.next()));
	}

	/** A project of the pool as the summary of the project list, with its community's 12345 complaints. */
	record PoolItem(int hotlineComplaints, ProjectResponse project) {

		static PoolItem of(ReservePoolPage.Entry entry) {
			return new PoolItem(entry.hotlineComplaints(), ProjectResponse.summary(entry.project()));
		}

	}

	record ReservePoolResponse(List<PoolItem> items, String nextPageToken) {
	}

}
