package cn.bjrenovation.finance.funding.application;

import java.time.Instant;
import java.util.List;

import cn.bjrenovation.finance.funding.domain.ProjectId;

/**
 * Planning returned a scheme version of a project's design (DesignReturned), as finance reads it.
 *
 * @param reasons the review's comments, "part: text"
 */
public record ReturnedDesign(String eventId, ProjectId project, int schemeVersion, List<String> reasons,
		Instant returnedAt) {

	public ReturnedDesign {
		reasons = List.copyOf(reasons);
	}

}
