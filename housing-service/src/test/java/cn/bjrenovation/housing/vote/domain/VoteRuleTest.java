package cn.bjrenovation.housing.vote.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Civil Code thresholds (民法典 第二百七十八条; DOMAIN.md §7) at every edge: participation two-thirds by number and
 * by area (at least), then three quarters (at least) or more than half (strictly) of those taking part, by number
 * and by area. The rules are those of migration V16's {@code vote_rule} rows.
 */
class VoteRuleTest {

	private static final VoteRule MORE_THAN_HALF = new VoteRule(VoteMatter.HIRE_PROPERTY_COMPANY, 2, 3, 1, 2, true,
			"MORE_THAN_HALF", "第(四)项");

	private static final VoteRule THREE_QUARTERS = new VoteRule(VoteMatter.RAISE_MAINTENANCE_FUND, 2, 3, 3, 4, false,
			"THREE_QUARTERS", "第(六)项");

	/** 12 owners of 100 m² each: 1,200 m². */
	private static final int OWNERS = 12;

	private static final BigDecimal AREA = new BigDecimal("1200");

	@Test
	void participationOfExactlyTwoThirdsByNumberAndAreaIsEnough() {
		VoteResult result = MORE_THAN_HALF.decide(OWNERS, AREA, ballots(8, 100, 8, 0));

		assertThat(result.passed()).isTrue();
		assertThat(result.reasons()).isEmpty();
		assertThat(result.tally().ownersVoting()).isEqualTo(8);
		assertThat(result.tally().areaVoting()).isEqualByComparingTo("800");
	}

	@Test
	void participationOneOwnerBelowTwoThirdsFailsNamingTheNumberThreshold() {
		VoteResult result = MORE_THAN_HALF.decide(OWNERS, AREA, ballots(7, 120, 7, 0));

		assertThat(result.passed()).isFalse();
		assertThat(result.reasons()).singleElement()
			.asString()
			.startsWith("participation by number: 7 of 12 owners took part, fewer than 2/3");
	}

	@Test
	void participationByAreaJustBelowTwoThirdsFailsNamingTheAreaThreshold() {
		List<Ballot> ballots = ballots(8, 100, 8, 0);
		ballots.set(0, new Ballot("1-1-101", new BigDecimal("99.99"), BallotChoice.FOR));

		VoteResult result = MORE_THAN_HALF.decide(OWNERS, AREA, ballots);

		assertThat(result.passed()).isFalse();
		assertThat(result.reasons()).singleElement()
			.asString()
			.startsWith("participation by area: 799.99 of 1200 m² took part, less than 2/3");
	}

	@Test
	void exactlyHalfInFavourIsNotMoreThanHalf() {
		VoteResult result = MORE_THAN_HALF.decide(OWNERS, AREA, ballots(10, 100, 5, 0));

		assertThat(result.passed()).isFalse();
		assertThat(result.rule()).isEqualTo("MORE_THAN_HALF");
		assertThat(result.reasons()).hasSize(2);
		assertThat(result.reasons().get(0)).startsWith("approval by number: 5 of 10 owners taking part voted for, not more than 1/2");
		assertThat(result.reasons().get(1)).startsWith("approval by area: 500 of 1000 m² taking part voted for");
	}

	@Test
	void oneMoreThanHalfPasses() {
		assertThat(MORE_THAN_HALF.decide(OWNERS, AREA, ballots(10, 100, 6, 0)).passed()).isTrue();
	}

	@Test
	void moreThanHalfByNumberButNotByAreaFailsOnArea() {
		List<Ballot> ballots = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			ballots.add(new Ballot("for-" + i, new BigDecimal("50"), BallotChoice.FOR));
		}
		for (int i = 0; i < 4; i++) {
			ballots.add(new Ballot("against-" + i, new BigDecimal("150"), BallotChoice.AGAINST));
		}

		VoteResult result = MORE_THAN_HALF.decide(OWNERS, new BigDecimal("1200"), ballots);

		assertThat(result.passed()).isFalse();
		assertThat(result.reasons()).singleElement().asString().startsWith("approval by area: 300 of 900 m²");
	}

	@Test
	void exactlyThreeQuartersOfThoseTakingPartPasses() {
		VoteResult result = THREE_QUARTERS.decide(OWNERS, AREA, ballots(8, 100, 6, 0));

		assertThat(result.passed()).isTrue();
		assertThat(result.rule()).isEqualTo("THREE_QUARTERS");
	}

	@Test
	void justBelowThreeQuartersFailsByNumberAndByArea() {
		VoteResult result = THREE_QUARTERS.decide(OWNERS, AREA, ballots(12, 100, 8, 0));

		assertThat(result.passed()).isFalse();
		assertThat(result.reasons()).hasSize(2);
		assertThat(result.reasons().get(0)).contains("8 of 12 owners taking part voted for, not at least 3/4 THREE_QUARTERS");
	}

	@Test
	void threeQuartersByAreaDependsOnTheCentiares() {
		List<Ballot> ballots = ballots(8, 100, 6, 0);
		ballots.set(0, new Ballot("1-1-101", new BigDecimal("99.99"), BallotChoice.FOR));

		VoteResult result = THREE_QUARTERS.decide(OWNERS, new BigDecimal("1199.98"), ballots);

		assertThat(result.passed()).as("599.99 of 799.99 m² is just below three quarters").isFalse();
		assertThat(result.reasons()).singleElement().asString().startsWith("approval by area: 599.99 of 799.99 m²");
	}

	@Test
	void anAbstentionTakesPartAndDoesNotAgree() {
		VoteResult result = MORE_THAN_HALF.decide(OWNERS, AREA, ballots(10, 100, 5, 1));

		assertThat(result.tally().ownersVoting()).isEqualTo(10);
		assertThat(result.tally().ownersFor()).isEqualTo(5);
		assertThat(result.passed()).isFalse();
	}

	@Test
	void aVoteWithoutBallotsFailsEveryThreshold() {
		VoteResult result = MORE_THAN_HALF.decide(OWNERS, AREA, List.of());

		assertThat(result.passed()).isFalse();
		assertThat(result.reasons()).hasSize(4);
	}

	/** {@code count} ballots of {@code area} m² each: the first {@code inFavour} FOR, then {@code abstaining}, then AGAINST. */
	private static List<Ballot> ballots(int count, int area, int inFavour, int abstaining) {
		List<Ballot> ballots = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			BallotChoice choice = i < inFavour ? BallotChoice.FOR
					: i < inFavour + abstaining ? BallotChoice.ABSTAIN : BallotChoice.AGAINST;
			ballots.add(new Ballot("unit-" + i, BigDecimal.valueOf(area), choice));
		}
		return ballots;
	}

}
