package cn.bjrenovation.housing.publicboard.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A community's notice (公示): its latest published project ({@link Publication}) — what the notice board on the
 * community's wall shows. Nothing about people (no applicant, official, consent or owners' figures) and no money but
 * the one figure the plan holds for the whole project.
 *
 * @param milestones the days the project reached each published state, in order
 * @param items the project's renovation items (the planned ones: housing does not keep the approved design's)
 * @param constructionStartedOn the start of construction the district recorded; null before
 * @param constructionCompletedOn the day the last progress report completed it; null before
 * @param plannedSubsidyFen the subsidy the year's plan estimated for the whole project, fen; null when not in a plan
 */
public record Notice(NoticeEntry community, List<Milestone> milestones, List<NoticeItem> items,
		LocalDate constructionStartedOn, LocalDate constructionCompletedOn, Long plannedSubsidyFen) {

	public Notice {
		milestones = List.copyOf(milestones);
		items = List.copyOf(items);
	}

}
