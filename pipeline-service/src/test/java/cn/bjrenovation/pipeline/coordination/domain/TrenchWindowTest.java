package cn.bjrenovation.pipeline.coordination.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.platform.problems.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of one trench window, without Spring: trench sharing, works forward only, completion and protection. */
class TrenchWindowTest {

	private static final ProjectId JINSONG_NORTH = new ProjectId(UUID.randomUUID());

	private static final ProjectId NEIGHBOUR = new ProjectId(UUID.randomUUID());

	private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

	private static TrenchWindow gasWindow(RoadWork roadWork) {
		return TrenchWindow.open(new SegmentCode("110105017-JSZJ01"), "劲松中街", APRIL, APRIL.plusDays(44), roadWork,
				JINSONG_NORTH, List.of(Utility.GAS, Utility.WATER), null, "dev-city-mgmt", Instant.now());
	}

	@Test
	void theFirstUtilityOpensTheTrenchAndTheOthersShareIt() {
		TrenchWindow window = gasWindow(RoadWork.REINSTATEMENT).join(NEIGHBOUR, List.of(Utility.OVERHEAD_LINES));

		assertThat(window.participants()).extracting(Participant::utility, Participant::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Utility.GAS, ParticipantRole.PRIMARY),
					org.assertj.core.groups.Tuple.tuple(Utility.WATER, ParticipantRole.SECONDARY),
					org.assertj.core.groups.Tuple.tuple(Utility.OVERHEAD_LINES, ParticipantRole.SECONDARY));
	}

	@Test
	void rejectsAUtilityJoiningTwice() {
		assertThatThrownBy(() -> gasWindow(RoadWork.REINSTATEMENT).join(JINSONG_NORTH, List.of(Utility.WATER)))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("WATER of project " + JINSONG_NORTH + " is already in window");
	}

	@Test
	void rejectsWorksReportedBackwards() {
		TrenchWindow done = gasWindow(RoadWork.REINSTATEMENT).report(JINSONG_NORTH, Utility.GAS, WorksStage.DONE,
				APRIL.plusDays(10), 0);

		assertThatThrownBy(() -> done.report(JINSONG_NORTH, Utility.GAS, WorksStage.STARTED, APRIL.plusDays(11), 0))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("already reported DONE");
	}

	@Test
	void completesOnTheLastPermanentReinstatementAndProtectsARebuiltRoadForFiveYears() {
		TrenchWindow window = gasWindow(RoadWork.REBUILD)
			.report(JINSONG_NORTH, Utility.GAS, WorksStage.REINSTATED_PERMANENT, APRIL.plusDays(30), 5);
		assertThat(window.status()).as("water has not reinstated yet").isEqualTo(WindowStatus.SCHEDULED);

		TrenchWindow completed = window.report(JINSONG_NORTH, Utility.WATER, WorksStage.REINSTATED_PERMANENT,
				APRIL.plusDays(40), 5);

		assertThat(completed.status()).isEqualTo(WindowStatus.COMPLETED);
		assertThat(completed.completedOn()).isEqualTo(APRIL.plusDays(40));
		assertThat(completed.protectedUntil()).isEqualTo(LocalDate.of(2031, 5, 10));
	}

	@Test
	void aWindowLeftByItsOnlyProjectIsReleasedAndOneLeftByItsPrimaryIsLedByTheNext() {
		TrenchWindow shared = gasWindow(RoadWork.REINSTATEMENT).join(NEIGHBOUR, List.of(Utility.POWER));

		TrenchWindow led = shared.without(JINSONG_NORTH);
		assertThat(led.status()).isEqualTo(WindowStatus.SCHEDULED);
		assertThat(led.participants()).extracting(Participant::utility, Participant::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Utility.POWER, ParticipantRole.PRIMARY));

		assertThat(led.without(NEIGHBOUR).status()).isEqualTo(WindowStatus.RELEASED);
	}

}
