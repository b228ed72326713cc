package cn.bjrenovation.finance.funding.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a party outside the budget lines puts into a project: the development and reform commission's fixed-asset
 * funding (A2 发改委), or residents' provident-fund withdrawals (A2 公积金中心).
 *
 * @param households for a withdrawal, how many households withdrew
 * @param reference the approval document or batch it rests on
 */
public record Contribution(UUID id, ProjectId project, Kind kind, long amountFen, List<String> items, Integer households,
		String reference, String recordedBy, Instant recordedAt) {

	public enum Kind {
		FIXED_ASSET_INVESTMENT, PROVIDENT_FUND_WITHDRAWAL
	}

	public Contribution {
		items = List.copyOf(items);
	}

}
