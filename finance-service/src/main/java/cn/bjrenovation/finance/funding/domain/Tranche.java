package cn.bjrenovation.finance.funding.domain;

import java.time.Instant;

/**
 * A tranche paid at a milestone: one per project and milestone, one per proving event ({@code sourceEventId}).
 *
 * @param evidence what proves the milestone, as recorded (certificate, minutes)
 */
public record Tranche(ProjectId project, Milestone milestone, long amountFen, String sourceEventId, String evidence,
		String disbursedBy, Instant disbursedAt) {

	/** Whether a request for the same milestone asks for the same payment (a replay). */
	public boolean sameAs(Milestone otherMilestone, long otherAmount, String otherEvent) {
		return milestone == otherMilestone && amountFen == otherAmount && sourceEventId.equals(otherEvent);
	}

}
