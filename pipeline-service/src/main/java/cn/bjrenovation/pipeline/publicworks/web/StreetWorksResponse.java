package cn.bjrenovation.pipeline.publicworks.web;

import java.time.LocalDate;
import java.util.List;

import cn.bjrenovation.pipeline.coordination.application.StreetWindowsQuery;
import cn.bjrenovation.pipeline.coordination.domain.Participant;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindow;

/**
 * A street's trench windows as the public reads them — these fields and no others: where and when the road is dug,
 * for which utilities and how far their works are; no window, plan or project ids, no operators' staff, no money, no
 * exception approvals.
 */
record StreetWorksResponse(String streetCode, LocalDate from, LocalDate to, List<Window> windows) {

	record Window(String segmentCode, String segmentName, LocalDate startDate, LocalDate endDate, String status,
			String roadWork, String roadWorkLabel, LocalDate completedOn, LocalDate protectedUntil, List<Works> works) {
	}

	/** One utility's works in the window. */
	record Works(String utility, String utilityName, String stage, String stageLabel, LocalDate stageOn) {

		static Works of(Participant participant) {
			return new Works(participant.utility().name(), participant.utility().label(), participant.stage().name(),
					participant.stage().label(), participant.stageOn());
		}

	}

	static StreetWorksResponse of(StreetWindowsQuery query, List<TrenchWindow> windows) {
		return new StreetWorksResponse(query.street().value(), query.from(), query.to(), windows.stream()
			.map(window -> new Window(window.segment().value(), window.segmentName(), window.start(), window.end(),
					window.status().name(), window.roadWork().name(), window.roadWork().label(), window.completedOn(),
					window.protectedUntil(), window.participants().stream().map(Works::of).toList()))
			.toList());
	}

}
