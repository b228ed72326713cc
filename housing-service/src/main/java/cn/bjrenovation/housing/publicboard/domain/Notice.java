package cn.bjrenovation.housing.publicboard.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A community's notice (公示): its latest published project ({@link Publication}) — what the notice board on the
 * community's wall shows. Nothing about people (no applicant, official, consent or owners' figures) and no money but
 * the approved design's total for the whole project.
 *
 * @param milestones the days the project reached each published state, in order
 * @param design the design planning approved, its items and total; null until it is approved (or after planning
 * returned it)
 * @param constructionStartedOn the start of construction the district recorded; null before
 * @param constructionCompletedOn the day the last progress report completed it; null before
 */
public record Notice(NoticeEntry community, List<Milestone> milestones, NoticeDesign design,
		LocalDate constructionStartedOn, LocalDate constructionCompletedOn) {

	public Notice {
		milestones = List.copyOf(milestones);
	}

}
