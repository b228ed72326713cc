package cn.bjrenovation.finance.maintenance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An owners' vote as recorded evidence (housing records the vote itself; finance checks what it decided): how many
 * owners and how much exclusive area there are, took part, and agreed. Areas in m².
 *
 * @param reference the minutes or the vote's record in housing
 */
public record OwnersVote(int ownersTotal, BigDecimal areaTotalM2, int ownersVoting, BigDecimal areaVotingM2,
		int ownersInFavour, BigDecimal areaInFavourM2, LocalDate votedOn, String reference) {

	/** The first threshold the vote misses for the matter, as the Civil Code words it; empty when it passes. */
	public Optional<String> missedThreshold(VoteMatter matter) {
		BigDecimal two = BigDecimal.valueOf(2);
		BigDecimal three = BigDecimal.valueOf(3);
		if (areaVotingM2.multiply(three).compareTo(areaTotalM2.multiply(two)) < 0) {
			return Optional.of(VoteMatter.PARTICIPATION + " — " + areaVotingM2 + " of " + areaTotalM2 + " m² took part");
		}
		if (BigDecimal.valueOf(ownersVoting).multiply(three).compareTo(BigDecimal.valueOf(ownersTotal).multiply(two)) < 0) {
			return Optional.of(VoteMatter.PARTICIPATION + " — " + ownersVoting + " of " + ownersTotal + " owners took part");
		}
		if (!matter.met(areaInFavourM2, areaVotingM2)) {
			return Optional.of(matter.rule() + " — " + areaInFavourM2 + " of " + areaVotingM2 + " m² voting agreed");
		}
		if (!matter.met(BigDecimal.valueOf(ownersInFavour), BigDecimal.valueOf(ownersVoting))) {
			return Optional.of(matter.rule() + " — " + ownersInFavour + " of " + ownersVoting + " owners voting agreed");
		}
		return Optional.empty();
	}

}
