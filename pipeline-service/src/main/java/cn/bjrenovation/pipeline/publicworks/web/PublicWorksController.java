package cn.bjrenovation.pipeline.publicworks.web;

import java.time.Duration;

import cn.bjrenovation.pipeline.coordination.application.StreetWindowsQuery;
import cn.bjrenovation.pipeline.publicworks.application.ReadingStreetWorks;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pipeline works on a street, on the public notice board (公示): no login, cacheable for a minute. */
@RestController
class PublicWorksController {

	private final ReadingStreetWorks reading;

	PublicWorksController(ReadingStreetWorks reading) {
		this.reading = reading;
	}

	/** {@code GET /api/public/pipeline/streets/{streetCode}/works?from=&to=} (ISO dates, both included; a year from today). */
	@GetMapping("/api/public/pipeline/streets/{streetCode}/works")
	ResponseEntity<StreetWorksResponse> works(@PathVariable String streetCode,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		StreetWindowsQuery query = StreetWindowsQuery.of(streetCode, from, to, reading.today(), "streetCode");
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
			.body(StreetWorksResponse.of(query, reading.read(query)));
	}

}
