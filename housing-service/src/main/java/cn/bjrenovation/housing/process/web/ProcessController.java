package cn.bjrenovation.housing.process.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.bjrenovation.housing.process.application.ListingOverdueItems;
import cn.bjrenovation.housing.process.application.ListingOverdueItems.OverdueItem;
import cn.bjrenovation.housing.process.application.ReadingProcess;
import cn.bjrenovation.housing.process.domain.RenovationJourney.StepView;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The renovation journey of a project across the four departments (its steps: DONE, WAITING, OVERDUE or SKIPPED, with
 * since, due and done) and the overdue items (督办事项) of the city or of a district.
 */
@RestController
class ProcessController {

	private final ReadingProcess reading;

	private final ListingOverdueItems overdue;

	ProcessController(ReadingProcess reading, ListingOverdueItems overdue) {
		this.reading = reading;
		this.overdue = overdue;
	}

	@GetMapping("/api/housing/projects/{projectId}/process")
	ProcessResponse process(Caller caller, @PathVariable String projectId) {
		ReadingProcess.Process process = reading.read(caller, ProjectId.parse(projectId, "projectId"));
		return new ProcessResponse(process.projectId().toString(), process.steps().stream().map(StepResponse::of).toList());
	}

	@GetMapping("/api/housing/overdue-items")
	OverdueResponse overdueItems(Caller caller) {
		return new OverdueResponse(overdue.list(caller).stream().map(OverdueItemResponse::of).toList());
	}

	record ProcessResponse(String projectId, List<StepResponse> steps) {
	}

	/** One step; {@code note} says why a step was skipped, reopened or opened as a compensation. */
	record StepResponse(String step, String kind, String status, Instant since, LocalDate due, Instant doneAt,
			String note) {

		static StepResponse of(StepView view) {
			return new StepResponse(view.step().name(), view.step().kind().name(), view.status(), view.since(),
					view.due(), view.doneAt(), view.note());
		}

	}

	record OverdueResponse(List<OverdueItemResponse> items) {
	}

	record OverdueItemResponse(String projectId, String communityName, String districtCode, String step,
			LocalDate due, int daysOverdue, Instant since) {

		static OverdueItemResponse of(OverdueItem item) {
			return new OverdueItemResponse(item.projectId().toString(), item.communityName(), item.districtCode(),
					item.step().step().name(), item.step().due(), item.step().daysOverdue(), item.step().since());
		}

	}

}
