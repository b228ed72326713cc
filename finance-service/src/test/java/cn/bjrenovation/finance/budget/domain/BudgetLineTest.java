package cn.bjrenovation.finance.budget.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetLineTest {

	private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

	@Test
	void newLineKeepsWhatWasAppropriatedAndWhoAddedIt() {
		BudgetLine line = add(2026, FundingSource.MUNICIPAL_BUDGET, 1_000_000_00L, "  市级老旧小区综合整治补助  ");

		assertThat(line.amountFen()).isEqualTo(1_000_000_00L);
		assertThat(line.description()).isEqualTo("市级老旧小区综合整治补助");
		assertThat(line.addedBy()).isEqualTo("finance-officer");
		assertThat(line.addedAt()).isEqualTo(NOW);
	}

	@Test
	void firstAndLastProgrammeYearsAreAccepted() {
		assertThat(add(2000, FundingSource.DISTRICT_BUDGET, 1, "x").fiscalYear().value()).isEqualTo(2000);
		assertThat(add(2100, FundingSource.GOVERNMENT_BOND, 1, "x").fiscalYear().value()).isEqualTo(2100);
	}

	@Test
	void lineHoldingNothingCannotExist() {
		assertThatThrownBy(() -> add(2026, FundingSource.MUNICIPAL_BUDGET, 0, "x"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void yearOutsideTheProgrammeCannotExist() {
		assertThatThrownBy(() -> new FiscalYear(1999)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("1999");
	}

	private static BudgetLine add(int year, FundingSource source, long amountFen, String description) {
		return BudgetLine.add(BudgetLineId.newId(), new FiscalYear(year), source, amountFen, description,
				"finance-officer", NOW);
	}

}
