package cn.bjrenovation.finance.budget.domain;

import java.time.Instant;

import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetLineTest {

	private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

	@Test
	void newLineIsWhollyUncommittedAndKeepsWhoAddedIt() {
		BudgetLine line = add(2026, FundingSource.MUNICIPAL_BUDGET, 1_000_000_00L, "  市级老旧小区综合整治补助  ");

		assertThat(line.committedFen()).isZero();
		assertThat(line.amountFen()).isEqualTo(1_000_000_00L);
		assertThat(line.description()).isEqualTo("市级老旧小区综合整治补助");
		assertThat(line.addedBy()).isEqualTo("finance-officer");
		assertThat(line.addedAt()).isEqualTo(NOW);
	}

	@Test
	void firstAndLastProgrammeYearsAreAccepted() {
		assertThat(add(2000, FundingSource.DISTRICT_BUDGET, 1, "x").fiscalYear()).isEqualTo(2000);
		assertThat(add(2100, FundingSource.GOVERNMENT_BOND, 1, "x").fiscalYear()).isEqualTo(2100);
	}

	@Test
	void yearOutsideTheProgrammeIsRefusedNamingFiscalYear() {
		assertThat(fieldsRefused(1999, FundingSource.MUNICIPAL_BUDGET, 100, "x")).containsExactly("fiscalYear");
		assertThat(fieldsRefused(2101, FundingSource.MUNICIPAL_BUDGET, 100, "x")).containsExactly("fiscalYear");
	}

	@Test
	void zeroOrNegativeAmountIsRefusedNamingAmountFen() {
		assertThat(fieldsRefused(2026, FundingSource.MUNICIPAL_BUDGET, 0, "x")).containsExactly("amountFen");
		assertThat(fieldsRefused(2026, FundingSource.MUNICIPAL_BUDGET, -500, "x")).containsExactly("amountFen");
	}

	@Test
	void blankDescriptionIsRefused() {
		assertThat(fieldsRefused(2026, FundingSource.MUNICIPAL_BUDGET, 100, "   ")).containsExactly("description");
		assertThat(fieldsRefused(2026, FundingSource.MUNICIPAL_BUDGET, 100, null)).containsExactly("description");
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		assertThat(fieldsRefused(1850, null, -1, "")).containsExactly("fiscalYear", "source", "amountFen",
				"description");
	}

	@Test
	void unknownFundingSourceIsRefusedNamingTheFieldAndListingTheSources() {
		assertThatThrownBy(() -> FundingSource.parse("LOTTERY", "source"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("source");
				assertThat(ex.getMessage()).contains("LOTTERY", "MUNICIPAL_BUDGET", "GOVERNMENT_BOND");
			});
	}

	private static BudgetLine add(int year, FundingSource source, long amountFen, String description) {
		return BudgetLine.add(BudgetLineId.newId(), year, source, amountFen, description, "finance-officer", NOW);
	}

	private static java.util.List<String> fieldsRefused(int year, FundingSource source, long amountFen,
			String description) {
		try {
			add(year, source, amountFen, description);
		}
		catch (InvalidInputException ex) {
			return ex.problems().stream().map(FieldProblem::field).toList();
		}
		throw new AssertionError("expected the line to be refused");
	}

}
