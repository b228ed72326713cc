package cn.bjrenovation.housing.publicboard.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The design planning approved for a published project (规划设计方案批复), as the notice shows it: the items, and the
 * project's total cost — the one money figure of the notice, nothing below it.
 *
 * @param approvedOn the day it was approved, Beijing time
 * @param totalCostFen the approved design's total cost, fen
 */
public record NoticeDesign(LocalDate approvedOn, long totalCostFen, List<NoticeItem> items) {

	public NoticeDesign {
		items = List.copyOf(items);
	}

}
