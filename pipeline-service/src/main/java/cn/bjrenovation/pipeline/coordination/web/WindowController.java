package cn.bjrenovation.pipeline.coordination.web;

import java.util.List;

import cn.bjrenovation.pipeline.coordination.application.JoinWindowCommand;
import cn.bjrenovation.pipeline.coordination.application.JoiningWindow;
import cn.bjrenovation.pipeline.coordination.application.ListingStreetWindows;
import cn.bjrenovation.pipeline.coordination.application.OpenWindowCommand;
import cn.bjrenovation.pipeline.coordination.application.OpeningWindow;
import cn.bjrenovation.pipeline.coordination.application.StreetWindowsQuery;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dig-once trench windows: city management schedules one on a segment for a plan's utilities, or has them join one
 * already there (trench sharing); everyone in scope reads a street's calendar.
 */
@RestController
class WindowController {

	private final OpeningWindow opening;

	private final JoiningWindow joining;

	private final ListingStreetWindows listing;

	WindowController(OpeningWindow opening, JoiningWindow joining, ListingStreetWindows listing) {
		this.opening = opening;
		this.joining = joining;
		this.listing = listing;
	}

	record ProtectionExceptionRequest(String approvalReference, String approvedBy, String approvedOn, String reason) {
	}

	/**
	 * @param roadWork REINSTATEMENT (default), OVERHAUL or REBUILD: the protection period after completion
	 * @param utilities the plan's utilities whose works the window carries, the leading one first
	 */
	record OpenWindowRequest(String segmentCode, String segmentName, String startDate, String endDate, String roadWork,
			List<String> utilities, ProtectionExceptionRequest protectionException) {
	}

	@PostMapping("/api/pipeline/plans/{projectId}/windows")
	@ResponseStatus(HttpStatus.CREATED)
	WindowResponse open(Caller caller, @PathVariable String projectId, @RequestBody OpenWindowRequest request) {
		ProtectionExceptionRequest exception = request.protectionException();
		return WindowResponse.of(opening.open(caller, OpenWindowCommand.of(projectId, request.segmentCode(),
				request.segmentName(), request.startDate(), request.endDate(), request.roadWork(), request.utilities(),
				exception == null ? null : new OpenWindowCommand.ExceptionFields(exception.approvalReference(),
						exception.approvedBy(), exception.approvedOn(), exception.reason()))));
	}

	record JoinRequest(List<String> utilities) {
	}

	@PostMapping("/api/pipeline/plans/{projectId}/windows/{windowId}/participants")
	WindowResponse join(Caller caller, @PathVariable String projectId, @PathVariable String windowId,
			@RequestBody JoinRequest request) {
		return WindowResponse.of(joining.join(caller, JoinWindowCommand.of(projectId, windowId, request.utilities())));
	}

	record CalendarResponse(String streetCode, String from, String to, List<WindowResponse> windows) {
	}

	/** The street calendar: {@code GET /api/pipeline/streets/{code}/windows?from=&to=} (ISO dates, both included). */
	@GetMapping("/api/pipeline/streets/{streetCode}/windows")
	CalendarResponse calendar(Caller caller, @PathVariable String streetCode,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		StreetWindowsQuery query = StreetWindowsQuery.of(streetCode, from, to, listing.today(), "streetCode");
		return new CalendarResponse(query.street().value(), query.from().toString(), query.to().toString(),
				listing.list(caller, query).stream().map(WindowResponse::of).toList());
	}

}
