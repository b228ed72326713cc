package cn.bjrenovation.finance.socialcapital.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaxReliefTest {

	@Test
	void elderlyCareIncomeIsVatExemptAndCountsNinetyPercentForIncomeTax() {
		TaxRelief relief = TaxRelief.of(ServiceKind.ELDERLY_CARE, 1_000_000_00L);

		assertThat(relief.vatExempt()).isTrue();
		assertThat(relief.vatExemptFen()).isEqualTo(1_000_000_00L);
		assertThat(relief.incomeCountedFen()).isEqualTo(900_000_00L);
		assertThat(relief.incomeExcludedFen()).isEqualTo(100_000_00L);
	}

	@Test
	void childcareAndHousekeepingAreRelievedTooAndTheFenRoundsHalfUp() {
		assertThat(TaxRelief.of(ServiceKind.CHILDCARE, 15).incomeCountedFen()).isEqualTo(14);
		assertThat(TaxRelief.of(ServiceKind.HOUSEKEEPING, 5).incomeCountedFen()).isEqualTo(5);
	}

	@Test
	void parkingIncomeHasNoRelief() {
		TaxRelief relief = TaxRelief.of(ServiceKind.PARKING, 1_000L);

		assertThat(relief.vatExempt()).isFalse();
		assertThat(relief.incomeCountedFen()).isEqualTo(1_000L);
	}

}
