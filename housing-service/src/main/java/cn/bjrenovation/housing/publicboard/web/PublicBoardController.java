package cn.bjrenovation.housing.publicboard.web;

import java.time.Duration;
import java.util.List;

import cn.bjrenovation.housing.publicboard.application.NoticeSearches;
import cn.bjrenovation.housing.publicboard.application.ReadingDistrictProgress;
import cn.bjrenovation.housing.publicboard.application.ReadingNotice;
import cn.bjrenovation.housing.publicboard.application.SearchingNotices;
import cn.bjrenovation.platform.place.CommunityId;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public notice board (公示栏): read by anyone, without a login — the policy's public operations, so no caller is
 * taken. Every answer is an explicit record of allow-listed fields, cacheable for a minute by browsers and proxies.
 */
@RestController
@RequestMapping("/api/public/housing")
class PublicBoardController {

	/** How long anyone may reuse an answer: the board changes with officials' decisions, not by the second. */
	static final CacheControl CACHED = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

	private final SearchingNotices searching;

	private final ReadingNotice reading;

	private final ReadingDistrictProgress progress;

	PublicBoardController(SearchingNotices searching, ReadingNotice reading, ReadingDistrictProgress progress) {
		this.searching = searching;
		this.reading = reading;
		this.progress = progress;
	}

	/** {@code GET /api/public/housing/communities?q=&district=&street=&pageSize=&pageToken=}: by name. */
	@GetMapping("/communities")
	ResponseEntity<NoticePageResponse> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String district, @RequestParam(required = false) String street,
			@RequestParam(required = false) Integer pageSize, @RequestParam(required = false) String pageToken) {
		return cached(NoticePageResponse.of(searching.search(NoticeSearches.of(q, district, street, pageSize, pageToken))));
	}

	/** {@code GET /api/public/housing/communities/{communityId}/project}: 404 unless it has a published project. */
	@GetMapping("/communities/{communityId}/project")
	ResponseEntity<NoticeResponse> notice(@PathVariable String communityId) {
		return cached(NoticeResponse.of(reading.read(CommunityId.parse(communityId, "communityId"))));
	}

	/** {@code GET /api/public/housing/districts/progress}: published projects by state, per district. */
	@GetMapping("/districts/progress")
	ResponseEntity<DistrictProgressResponse> progress() {
		return cached(DistrictProgressResponse.of(progress.read()));
	}

	private static <T> ResponseEntity<T> cached(T body) {
		return ResponseEntity.ok().cacheControl(CACHED).body(body);
	}

}
