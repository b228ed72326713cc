package cn.bjrenovation.planning.planner.application;

import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssignPlannerCommandTest {

	@Test
	void readsTheStreetAndStripsTheNames() {
		AssignPlannerCommand command = AssignPlannerCommand.of("110105017", "  planner-li ", " 李规划 ");

		assertThat(command.street()).isEqualTo(new StreetCode("110105017"));
		assertThat(command.plannerSubject()).isEqualTo("planner-li");
		assertThat(command.plannerName()).isEqualTo("李规划");
	}

	@Test
	void rejectsEveryBrokenFieldAtOnceUnderItsRequestName() {
		assertThatThrownBy(() -> AssignPlannerCommand.of("11010501", " ", null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
						.containsExactly("streetCode", "plannerSubject", "plannerName"));
	}

	@Test
	void rejectsANameLongerThanOfficialsWrite() {
		assertThatThrownBy(() -> AssignPlannerCommand.of("110105017", "planner-li", "规".repeat(101)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("plannerName");
				assertThat(ex.problems().get(0).reason()).contains("100");
			});
	}

}
