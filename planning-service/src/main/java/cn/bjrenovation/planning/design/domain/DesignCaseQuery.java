package cn.bjrenovation.planning.design.domain;

import java.util.Set;

/**
 * A page of cases to list, narrowed by the filter and by the caller's reach.
 *
 * @param district 6-digit code or null
 * @param street 9-digit code or null
 * @param status null for any
 * @param streets when not null, only cases on these streets (a planner's assigned streets)
 * @param statuses when not null, only cases in these statuses (approved schemes for finance)
 * @param after the last project id of the previous page, or null
 */
public record DesignCaseQuery(String district, String street, DesignCaseStatus status, Set<String> streets,
		Set<DesignCaseStatus> statuses, ProjectId after, int pageSize) {
}
