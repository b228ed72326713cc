package cn.bjrenovation.finance.funding.application;

import java.util.List;

/** One page of funding plans; {@code nextPageToken} is null on the last page. */
public record FundingPlanPage(List<FundingView> plans, String nextPageToken) {
}
