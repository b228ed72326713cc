package cn.bjrenovation.finance.maintenance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * An owners' decision as housing published it ({@code VoteDecided} on {@code housing.vote}): the evidence a
 * maintenance-fund raising or use may cite by its id instead of bringing its count.
 *
 * @param matter housing's name of what was decided, e.g. {@code RAISE_MAINTENANCE_FUND}
 * @param projectId the project the vote is about, or null
 * @param amountFen the amount decided for a fund matter, fen; 0 when none was given
 */
public record DecidedVote(UUID voteId, UUID communityId, String districtCode, String streetCode, String matter,
		UUID projectId, boolean passed, OwnersVote tally, String rule, String reason, long amountFen,
		Instant decidedAt, String sourceEventId) {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** The Beijing date of the decision. */
	public static LocalDate dayOf(Instant decidedAt) {
		return LocalDate.ofInstant(decidedAt, BEIJING);
	}

	/**
	 * Why this vote cannot carry a movement of {@code kind} of {@code amountFen} for {@code community} (and, for a use,
	 * {@code project}); empty when it can.
	 */
	public Optional<String> cannotCarry(VoteMatter kind, UUID community, long amount, UUID project) {
		if (!communityId.equals(community)) {
			return Optional.of("vote " + voteId + " is a vote of community " + communityId + ", not of " + community);
		}
		if (!kind.decidedBy().equals(matter)) {
			return Optional.of("vote " + voteId + " decided " + matter + ", not " + kind.decidedBy());
		}
		if (!passed) {
			return Optional.of("vote " + voteId + " did not pass (" + rule + (reason.isEmpty() ? "" : ": " + reason)
					+ ")");
		}
		if (amountFen > 0 && amount > amountFen) {
			return Optional.of("vote " + voteId + " decided " + amountFen + " fen, less than the " + amount
					+ " fen asked");
		}
		if (projectId != null && project != null && !projectId.equals(project)) {
			return Optional.of("vote " + voteId + " is about project " + projectId + ", not " + project);
		}
		return Optional.empty();
	}

}
