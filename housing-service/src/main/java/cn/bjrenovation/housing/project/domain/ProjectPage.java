package cn.bjrenovation.housing.project.domain;

import java.time.Instant;
import java.util.List;

/**
 * One page of projects and where the next one starts (null after the last page). Keyset pages: stable and fast
 * however deep one pages.
 */
public record ProjectPage(List<RenovationProject> items, Cursor next) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 500;

	/** The application time and id of the last project of the previous page. */
	public record Cursor(Instant appliedAt, ProjectId id) {
	}

}
