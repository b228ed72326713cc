package cn.bjrenovation.finance.funding.domain;

import java.time.Instant;

/**
 * A milestone proved by housing's fact on {@code housing.project}: which project, which milestone, the fact's event id
 * and type, and when the milestone was reached.
 */
public record MilestoneProof(ProjectId project, Milestone milestone, String sourceEventId, String factType,
		Instant provedAt) {
}
