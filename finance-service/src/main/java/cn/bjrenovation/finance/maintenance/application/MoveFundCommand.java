package cn.bjrenovation.finance.maintenance.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import cn.bjrenovation.finance.maintenance.domain.OwnersVote;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * Raising or using a community's maintenance fund, with the owners' vote as evidence — every raising and every use
 * needs one (DOMAIN §7, Civil Code Art. 278: no amount is small enough to skip the owners): either the id of a vote
 * housing decided ({@code voteId}, checked against the kept {@code VoteDecided}) or the vote's count as recorded,
 * checked where it enters: the counts must be consistent (those agreeing among those voting among all), areas
 * non-negative.
 *
 * @param projectId for a use: the project the money goes to; null for a raising
 * @param voteId the decided vote cited, or null when the count is given
 * @param vote the count given, or null when a decided vote is cited
 */
public record MoveFundCommand(CommunityId community, DistrictCode district, long amountFen, UUID projectId,
		UUID voteId, OwnersVote vote) {

	/** @throws InvalidInputException listing every bad field at once */
	public static MoveFundCommand of(String communityId, String districtCode, Long amountFen, String projectId,
			boolean use, String voteId, VoteInput vote) {
		FieldCheck check = new FieldCheck();
		CommunityId community = check.parsed(() -> CommunityId.parse(communityId, "communityId"));
		DistrictCode district = check.parsed(() -> DistrictCode.parse(districtCode, "districtCode"));
		check.require(amountFen != null && amountFen > 0 && amountFen <= 100_000_000_000_000L, "amountFen",
				"more than zero and at most 一万亿元, in fen");
		UUID project = null;
		if (use) {
			try {
				project = UUID.fromString(String.valueOf(projectId));
			}
			catch (IllegalArgumentException ex) {
				check.require(false, "projectId", "the project the fund is used for (a UUID)");
			}
		}
		UUID cited = null;
		if (voteId != null) {
			try {
				cited = UUID.fromString(voteId);
			}
			catch (IllegalArgumentException ex) {
				check.require(false, "voteId", "the id (a UUID) of the owners' vote housing decided");
			}
		}
		OwnersVote parsed = null;
		if (vote == null) {
			check.require(voteId != null, "vote",
					"the owners' vote: cite a decided vote (voteId) or give its count (vote)");
		}
		else if (voteId != null) {
			check.require(false, "voteId", "cite a decided vote or give a vote's count, not both");
		}
		else {
			parsed = vote.read(check);
		}
		check.throwIfAny();
		return new MoveFundCommand(community, district, amountFen, project, cited, parsed);
	}

	/** The vote as the request gives it. */
	public record VoteInput(Integer ownersTotal, BigDecimal areaTotalM2, Integer ownersVoting, BigDecimal areaVotingM2,
			Integer ownersInFavour, BigDecimal areaInFavourM2, String votedOn, String reference) {

		OwnersVote read(FieldCheck check) {
			check.require(ownersTotal != null && ownersTotal > 0, "vote.ownersTotal", "how many owners: more than zero")
				.require(ownersVoting != null && ownersVoting >= 0 && ownersTotal != null && ownersVoting <= ownersTotal,
						"vote.ownersVoting", "owners taking part: 0 up to all owners")
				.require(ownersInFavour != null && ownersInFavour >= 0 && ownersVoting != null
						&& ownersInFavour <= ownersVoting, "vote.ownersInFavour", "owners agreeing: 0 up to those taking part")
				.require(areaTotalM2 != null && areaTotalM2.signum() > 0 && areaTotalM2.compareTo(BigDecimal.valueOf(1e9)) < 0,
						"vote.areaTotalM2", "exclusive area in m²: more than zero")
				.require(areaVotingM2 != null && areaVotingM2.signum() >= 0 && areaTotalM2 != null
						&& areaVotingM2.compareTo(areaTotalM2) <= 0, "vote.areaVotingM2", "area taking part: 0 up to the whole")
				.require(areaInFavourM2 != null && areaInFavourM2.signum() >= 0 && areaVotingM2 != null
						&& areaInFavourM2.compareTo(areaVotingM2) <= 0, "vote.areaInFavourM2",
						"area agreeing: 0 up to the area taking part");
			LocalDate on = null;
			try {
				on = LocalDate.parse(String.valueOf(votedOn));
			}
			catch (DateTimeParseException ex) {
				check.require(false, "vote.votedOn", "a date like 2026-05-20");
			}
			check.plainText(reference, "vote.reference", 200);
			if (!check.ok()) {
				return null;
			}
			return new OwnersVote(ownersTotal, areaTotalM2, ownersVoting, areaVotingM2, ownersInFavour, areaInFavourM2,
					on, reference.strip());
		}

	}

}
