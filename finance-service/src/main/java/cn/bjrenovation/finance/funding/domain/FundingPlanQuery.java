package cn.bjrenovation.finance.funding.domain;

/**
 * Which funding plans to list, one page of them in project-id order.
 *
 * @param status null for any
 * @param year the plan year, null for any
 * @param districtCode null for any
 * @param after the last project of the previous page, null for the first page
 * @param limit how many plans at most
 */
public record FundingPlanQuery(FundingStatus status, Integer year, String districtCode, ProjectId after, int limit) {
}
