package cn.bjrenovation.finance.budget.application;

import java.util.List;

import cn.bjrenovation.finance.budget.domain.FundingSource;
import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddBudgetLineCommandTest {

	@Test
	void readsAWellFormedLine() {
		AddBudgetLineCommand command = AddBudgetLineCommand.of(2026, "MUNICIPAL_BUDGET", 1_000_00L, "市级补助");

		assertThat(command.fiscalYear().value()).isEqualTo(2026);
		assertThat(command.source()).isEqualTo(FundingSource.MUNICIPAL_BUDGET);
		assertThat(command.amountFen()).isEqualTo(1_000_00L);
	}

	@Test
	void fundingSourceIsReadFromItsChineseNameToo() {
		assertThat(AddBudgetLineCommand.of(2026, "地方政府专项债券", 1L, "x").source())
			.isEqualTo(FundingSource.GOVERNMENT_BOND);
	}

	@Test
	void firstAndLastProgrammeYearsAreAccepted() {
		assertThat(AddBudgetLineCommand.of(2000, "DISTRICT_BUDGET", 1L, "x").fiscalYear().value()).isEqualTo(2000);
		assertThat(AddBudgetLineCommand.of(2100, "GOVERNMENT_BOND", 1L, "x").fiscalYear().value()).isEqualTo(2100);
	}

	@Test
	void yearOutsideTheProgrammeIsRefusedNamingFiscalYear() {
		assertThat(fieldsRefused(1999, "MUNICIPAL_BUDGET", 100L, "x")).containsExactly("fiscalYear");
		assertThat(fieldsRefused(2101, "MUNICIPAL_BUDGET", 100L, "x")).containsExactly("fiscalYear");
	}

	@Test
	void zeroOrNegativeAmountIsRefusedNamingAmountFen() {
		assertThat(fieldsRefused(2026, "MUNICIPAL_BUDGET", 0L, "x")).containsExactly("amountFen");
		assertThat(fieldsRefused(2026, "MUNICIPAL_BUDGET", -500L, "x")).containsExactly("amountFen");
	}

	@Test
	void blankDescriptionIsRefused() {
		assertThat(fieldsRefused(2026, "MUNICIPAL_BUDGET", 100L, "   ")).containsExactly("description");
		assertThat(fieldsRefused(2026, "MUNICIPAL_BUDGET", 100L, null)).containsExactly("description");
	}

	@Test
	void missingNumbersAreRefusedNamingThem() {
		assertThat(fieldsRefused(null, "MUNICIPAL_BUDGET", null, "x")).containsExactly("fiscalYear", "amountFen");
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		assertThat(fieldsRefused(1850, null, -1L, "")).containsExactly("fiscalYear", "source", "amountFen",
				"description");
	}

	@Test
	void unknownFundingSourceIsRefusedNamingTheFieldAndListingTheSources() {
		assertThatThrownBy(() -> AddBudgetLineCommand.of(2026, "LOTTERY", 1L, "福彩公益金"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("source");
				assertThat(ex.getMessage()).contains("LOTTERY", "MUNICIPAL_BUDGET", "GOVERNMENT_BOND");
			});
	}

	private static List<String> fieldsRefused(Integer year, String source, Long amountFen, String description) {
		try {
			AddBudgetLineCommand.of(year, source, amountFen, description);
		}
		catch (InvalidInputException ex) {
			return ex.problems().stream().map(FieldProblem::field).toList();
		}
		throw new AssertionError("expected the line to be refused");
	}

}
