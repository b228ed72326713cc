package cn.bjrenovation.housing.vote.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The thresholds of one matter, held as data (民法典 第二百七十八条; DOMAIN.md §7): owners holding at least
 * {@code participation} of the exclusive floor area AND at least {@code participation} of the owners take part; then,
 * counted among those taking part, by area and by number alike, at least ({@code strict}: more than) {@code approval}
 * vote for. Counts are compared exactly, as integers and decimals, never as floating point.
 *
 * @param name how the approval threshold is called, e.g. {@code THREE_QUARTERS} or {@code MORE_THAN_HALF}
 * @param clause the article and item it comes from
 */
public record VoteRule(VoteMatter matter, int participationNumerator, int participationDenominator,
		int approvalNumerator, int approvalDenominator, boolean strict, String name, String clause) {

	/** The result of the ballots against the electorate of {@code owners} owning {@code area} m². */
	public VoteResult decide(int owners, BigDecimal area, List<Ballot> ballots) {
		VoteTally tally = VoteTally.of(owners, area, ballots);
		int voting = tally.ownersVoting();
		BigDecimal areaVoting = tally.areaVoting();
		int inFavour = tally.ownersFor();
		BigDecimal areaInFavour = tally.areaFor();
		List<String> reasons = new ArrayList<>();
		String participation = participationNumerator + "/" + participationDenominator;
		if ((long) voting * participationDenominator < (long) owners * participationNumerator) {
			reasons.add("participation by number: " + voting + " of " + owners + " owners took part, fewer than "
					+ participation + " (" + clause + ")");
		}
		if (areaVoting.multiply(BigDecimal.valueOf(participationDenominator))
			.compareTo(area.multiply(BigDecimal.valueOf(participationNumerator))) < 0) {
			reasons.add("participation by area: " + areaVoting.toPlainString() + " of " + area.toPlainString()
					+ " m² took part, less than " + participation + " (" + clause + ")");
		}
		String approval = (strict ? "more than " : "at least ") + approvalNumerator + "/" + approvalDenominator;
		if (!approved(BigDecimal.valueOf(inFavour), BigDecimal.valueOf(voting))) {
			reasons.add("approval by number: " + inFavour + " of " + voting + " owners taking part voted for, not "
					+ approval + " " + name + " (" + clause + ")");
		}
		if (!approved(areaInFavour, areaVoting)) {
			reasons.add("approval by area: " + areaInFavour.toPlainString() + " of " + areaVoting.toPlainString()
					+ " m² taking part voted for, not " + approval + " " + name + " (" + clause + ")");
		}
		return new VoteResult(reasons.isEmpty(), tally, name, reasons);
	}

	private boolean approved(BigDecimal inFavour, BigDecimal taking) {
		if (taking.signum() == 0) {
			return false;
		}
		int compared = inFavour.multiply(BigDecimal.valueOf(approvalDenominator))
			.compareTo(taking.multiply(BigDecimal.valueOf(approvalNumerator)));
		return strict ? compared > 0 : compared >= 0;
	}

}
