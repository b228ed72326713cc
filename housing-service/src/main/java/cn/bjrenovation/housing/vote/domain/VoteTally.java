package cn.bjrenovation.housing.vote.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The count of a vote by number of owners and by exclusive floor area (m²): the electorate, those taking part (an
 * abstention takes part), and those voting for.
 */
public record VoteTally(int owners, BigDecimal area, int ownersVoting, BigDecimal areaVoting, int ownersFor,
		BigDecimal areaFor) {

	/** The ballots counted against the electorate. */
	public static VoteTally of(int owners, BigDecimal area, List<Ballot> ballots) {
		List<Ballot> agreeing = ballots.stream().filter(ballot -> ballot.choice() == BallotChoice.FOR).toList();
		return new VoteTally(owners, area, ballots.size(), sum(ballots), agreeing.size(), sum(agreeing));
	}

	private static BigDecimal sum(List<Ballot> ballots) {
		return ballots.stream().map(Ballot::area).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
