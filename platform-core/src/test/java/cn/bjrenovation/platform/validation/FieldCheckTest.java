package cn.bjrenovation.platform.validation;

import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCheckTest {

	@Test
	void everyBrokenRuleIsReportedAtOnceEachUnderItsField() {
		FieldCheck check = new FieldCheck();
		StreetCode street = check.parsed(() -> StreetCode.parse("1101", "streetCode"));
		check.notBlank(" ", "name", 50).nonNegative(-3, "households");

		assertThat(street).isNull();
		assertThatThrownBy(check::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
				invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field)
					.containsExactly("streetCode", "name", "households"));
	}

	@Test
	void aGoodValueIsReadAndNothingIsReported() {
		FieldCheck check = new FieldCheck();

		assertThat(check.parsed(() -> StreetCode.parse("110105017", "streetCode"))).isEqualTo(new StreetCode("110105017"));
		assertThat(check.ok()).isTrue();
	}

}
