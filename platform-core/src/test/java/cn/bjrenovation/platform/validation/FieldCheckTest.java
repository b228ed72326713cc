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

	@Test
	void plainTextRefusesWhatASpreadsheetWouldRunAndWhatTheDatabaseRefuses() {
		FieldCheck check = new FieldCheck();
		check.plainText("=HYPERLINK(\"http://x\")", "equals", 50)
			.plainText(" +86 10 1234", "plus", 50)
			.plainText("-1+1", "minus", 50)
			.plainText("@SUM(A1)", "at", 50)
			.plainText("劲松\u0000小区", "nul", 50)
			.plainText("劲松\u0007小区", "bell", 50)
			.plainText("劲松\u007f小区", "delete", 50)
			.plainText("劲松\r\n小区", "newline", 50)
			.plainText("  ", "blank", 50)
			.plainText(null, "absent", 50)
			.plainText("劲松北社区", "long", 4);

		assertThat(check.problems()).extracting(FieldProblem::field)
			.containsExactly("equals", "plus", "minus", "at", "nul", "bell", "delete", "newline", "blank", "absent",
					"long");
		assertThat(check.problems().get(0).reason()).contains("formula");
		assertThat(check.problems().get(4).reason()).contains("U+0000");
	}

	@Test
	void plainTextAcceptsOrdinaryTextOfAnyScript() {
		FieldCheck check = new FieldCheck();
		check.plainText("劲松北社区 3-2号楼 (东) 100% & \"A\"", "name", 50).plainText("  劲松 ", "padded", 4)
			.plainText("𠀀𠀁", "supplementary", 2);

		assertThat(check.problems()).isEmpty();
	}

	/** Found by the event fuzz: a build year of 1131947214 reached a SMALLINT column and failed as a database error. */
	@Test
	void aYearHasFourDigits() {
		FieldCheck check = new FieldCheck().calendarYear(1985, "buildYear");
		assertThat(check.ok()).isTrue();

		check.calendarYear(1_131_947_214, "buildYear").calendarYear(-1, "year").calendarYear(999, "founded");
		assertThatThrownBy(check::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
				invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field)
					.containsExactly("buildYear", "year", "founded"));
	}

}
