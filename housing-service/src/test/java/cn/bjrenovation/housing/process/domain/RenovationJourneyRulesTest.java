package cn.bjrenovation.housing.process.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.housing.process.domain.RenovationJourney.StepView;
import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RenovationJourneyRulesTest {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** Thursday 3 December 2026, 10:00 Beijing time. */
	private static final Instant THURSDAY = LocalDate.of(2026, 12, 3).atTime(10, 0).atZone(BEIJING).toInstant();

	private static final Map<JourneyStep, Integer> DEADLINES = Map.of(JourneyStep.PIPELINES_COORDINATED, 15,
			JourneyStep.FUNDING_COMMITTED, 20, JourneyStep.CONSTRUCTION_STARTED, 20, JourneyStep.FUNDING_VOIDED, 5,
			JourneyStep.WINDOWS_RELEASED, 5);

	@Test
	void workingDaysSkipWeekends() {
		assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 4), 1)).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 5), 0)).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 3), 15)).isEqualTo(LocalDate.of(2026, 12, 24));
		assertThat(WorkingDays.after(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 27))).isEqualTo(1);
		assertThat(WorkingDays.after(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24))).isZero();
	}

	@Test
	void aDesignWithPipelineItemsWaitsForCoordinationWhichTurnsOverdueAfterItsWorkingDays() {
		RenovationJourney journey = planned();
		journey.designApproved(true, THURSDAY);
		journey.fundingCommitted(THURSDAY);

		assertThat(status(journey, LocalDate.of(2026, 12, 24), JourneyStep.PIPELINES_COORDINATED)).isEqualTo("WAITING");
		assertThat(status(journey, LocalDate.of(2026, 12, 28), JourneyStep.PIPELINES_COORDINATED)).isEqualTo("OVERDUE");
		assertThat(status(journey, LocalDate.of(2026, 12, 28), JourneyStep.CONSTRUCTION_STARTED)).isEqualTo("WAITING");
		assertThat(view(journey, LocalDate.of(2026, 12, 28), JourneyStep.CONSTRUCTION_STARTED).since()).isNull();

		journey.pipelinesCoordinated(THURSDAY.plusSeconds(3600));

		assertThat(view(journey, LocalDate.of(2026, 12, 28), JourneyStep.CONSTRUCTION_STARTED).since()).isNotNull();
	}

	@Test
	void withoutPipelineItemsCoordinationIsSkippedAndFundingAloneOpensTheStart() {
		RenovationJourney journey = planned();
		journey.fundingCommitted(THURSDAY);
		journey.designApproved(false, THURSDAY);

		assertThat(status(journey, LocalDate.of(2026, 12, 3), JourneyStep.PIPELINES_COORDINATED)).isEqualTo("SKIPPED");
		assertThat(view(journey, LocalDate.of(2026, 12, 3), JourneyStep.CONSTRUCTION_STARTED).since()).isNotNull();
	}

	@Test
	void droppingAProjectFromThePlanOpensTheCompensationsOfWhatTheDepartmentsHold() {
		RenovationJourney journey = planned();
		journey.designApproved(true, THURSDAY);
		journey.fundingCommitted(THURSDAY);
		journey.pipelinesCoordinated(THURSDAY);

		journey.projectMoved(ProjectAction.ADJUST_OUT_OF_PLAN, THURSDAY);

		assertThat(status(journey, LocalDate.of(2026, 12, 3), JourneyStep.FUNDING_VOIDED)).isEqualTo("WAITING");
		assertThat(status(journey, LocalDate.of(2026, 12, 14), JourneyStep.WINDOWS_RELEASED)).isEqualTo("OVERDUE");
		assertThat(status(journey, LocalDate.of(2026, 12, 14), JourneyStep.PLANNED)).isEqualTo("WAITING");

		journey.fundingVoided(THURSDAY);
		journey.coordinationReleased(THURSDAY);

		assertThat(status(journey, LocalDate.of(2026, 12, 14), JourneyStep.FUNDING_VOIDED)).isEqualTo("DONE");
		assertThat(status(journey, LocalDate.of(2026, 12, 14), JourneyStep.WINDOWS_RELEASED)).isEqualTo("DONE");
	}

	@Test
	void aWithdrawnProjectLeavesNoStepWaiting() {
		RenovationJourney journey = RenovationJourney.of(new ProjectId(UUID.randomUUID()), List.of());
		journey.projectMoved(ProjectAction.APPLY, THURSDAY);

		journey.projectMoved(ProjectAction.WITHDRAW, THURSDAY);

		assertThat(journey.evaluate(DEADLINES, LocalDate.of(2027, 6, 1), BEIJING)).extracting(StepView::status)
			.containsOnly("DONE", "SKIPPED");
	}

	private static RenovationJourney planned() {
		RenovationJourney journey = RenovationJourney.of(new ProjectId(UUID.randomUUID()), List.of());
		for (ProjectAction action : List.of(ProjectAction.APPLY, ProjectAction.STREET_ACCEPT,
				ProjectAction.DISTRICT_ACCEPT, ProjectAction.MUNICIPAL_APPROVE, ProjectAction.PLAN)) {
			journey.projectMoved(action, THURSDAY);
		}
		return journey;
	}

	private static String status(RenovationJourney journey, LocalDate today, JourneyStep step) {
		return view(journey, today, step).status();
	}

	private static StepView view(RenovationJourney journey, LocalDate today, JourneyStep step) {
		return journey.evaluate(DEADLINES, today, BEIJING)
			.stream()
			.filter(view -> view.step() == step)
			.findFirst()
			.orElseThrow();
	}

}
