package cn.bjrenovation.finance.maintenance.domain;

import java.time.Instant;
import java.util.UUID;

/** A raising or use of a community's maintenance fund, with the vote it rests on. Amounts in fen. */
public record FundMovement(UUID id, UUID communityId, String districtCode, VoteMatter kind, long amountFen,
		UUID projectId, OwnersVote vote, String recordedBy, Instant recordedAt) {
}
