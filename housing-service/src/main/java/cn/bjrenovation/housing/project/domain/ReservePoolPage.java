package cn.bjrenovation.housing.project.domain;

import java.time.Instant;
import java.util.List;

/**
 * One page of the reserve pool (项目储备库): reserved projects, those of communities with the most 12345 hotline
 * complaints first (诉求集中的小区优先, plan §三(一)), then by application date; where the next page starts (null after
 * the last).
 */
public record ReservePoolPage(List<Entry> items, Cursor next) {

	/** A reserved project and its community's 12345 complaint count as the community database holds it now. */
	public record Entry(RenovationProject project, int hotlineComplaints) {
	}

	/** Where the previous page ended: complaints, application time and id of its last project. */
	public record Cursor(int hotlineComplaints, Instant appliedAt, ProjectId id) {
	}

}
