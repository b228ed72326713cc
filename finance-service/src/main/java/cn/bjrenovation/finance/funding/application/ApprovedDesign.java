package cn.bjrenovation.finance.funding.application;

import java.time.Instant;
import java.util.List;

import cn.bjrenovation.finance.funding.domain.CostedItem;
import cn.bjrenovation.finance.funding.domain.PlannedProject;

/** What planning's DesignApproved tells finance, in finance's own terms (mapped in {@code messaging}). */
public record ApprovedDesign(String eventId, PlannedProject project, int schemeVersion, List<CostedItem> items,
		String approver, Instant approvedAt) {

	public ApprovedDesign {
		items = List.copyOf(items);
	}

}
