package cn.bjrenovation.finance.maintenance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwnersVoteTest {

	@Test
	void threeQuartersOfParticipantsByAreaAndNumberRaiseTheFund() {
		assertThat(vote(90, 6000, 68, 4500).missedThreshold(VoteMatter.RAISING)).isEmpty();
	}

	@Test
	void raisingBelowThreeQuartersByNumberIsRefusedNamingTheThreshold() {
		assertThat(vote(90, 6000, 67, 4500).missedThreshold(VoteMatter.RAISING)).hasValueSatisfying(
				missed -> assertThat(missed).contains("Art. 278(6)", "3/4", "67 of 90 owners"));
	}

	@Test
	void raisingBelowThreeQuartersByAreaIsRefused() {
		assertThat(vote(90, 6000, 80, 4499.99).missedThreshold(VoteMatter.RAISING))
			.hasValueSatisfying(missed -> assertThat(missed).contains("m²"));
	}

	@Test
	void usingNeedsMoreThanHalfNotExactlyHalf() {
		assertThat(vote(90, 6000, 46, 3000.01).missedThreshold(VoteMatter.USE)).isEmpty();
		assertThat(vote(90, 6000, 45, 3000.01).missedThreshold(VoteMatter.USE))
			.hasValueSatisfying(missed -> assertThat(missed).contains("Art. 278(5)", "> 1/2"));
		assertThat(vote(90, 6000, 46, 3000).missedThreshold(VoteMatter.USE)).isPresent();
	}

	@Test
	void lessThanTwoThirdsTakingPartDecidesNothing() {
		OwnersVote few = new OwnersVote(100, new BigDecimal("9000"), 66, new BigDecimal("6000"), 66,
				new BigDecimal("6000"), LocalDate.of(2026, 5, 20), "x");
		assertThat(few.missedThreshold(VoteMatter.USE)).hasValueSatisfying(
				missed -> assertThat(missed).contains("2/3", "66 of 100 owners"));
	}

	/** 100 owners with 9000 m², of whom 90 (6000 m²) take part. */
	private static OwnersVote vote(int voting, double areaVoting, int inFavour, double areaInFavour) {
		return new OwnersVote(100, new BigDecimal("9000"), voting, BigDecimal.valueOf(areaVoting), inFavour,
				BigDecimal.valueOf(areaInFavour), LocalDate.of(2026, 5, 20), "业主大会决议 2026-1");
	}

}
