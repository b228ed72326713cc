package cn.bjrenovation.finance.funding.domain;

import java.time.Instant;
import java.util.UUID;

/** A tranche refused, kept on the exceptions list for the Finance Bureau (资金监管): nothing refused is lost. */
public record DisbursementException(UUID id, ProjectId project, Milestone milestone, long requestedFen,
		long remainingFen, String reason, String sourceEventId, String evidence, String recordedBy, Instant recordedAt) {
}
