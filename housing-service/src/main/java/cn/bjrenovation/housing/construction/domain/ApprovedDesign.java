package cn.bjrenovation.housing.construction.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import cn.bjrenovation.housing.project.domain.ItemClass;
import cn.bjrenovation.housing.project.domain.ProjectId;

/**
 * A project's design as planning approved it (规划设计方案批复): the scheme version, its items and its total cost —
 * what the public notice (公示) shows of it. The items' own costs are not kept: the notice shows no money below the
 * project's total.
 *
 * @param totalCostFen the sum of the items' estimated costs, fen
 */
public record ApprovedDesign(ProjectId project, int schemeVersion, long totalCostFen, Instant approvedAt,
		List<Item> items) {

	public ApprovedDesign {
		Objects.requireNonNull(project, "project");
		Objects.requireNonNull(approvedAt, "approvedAt");
		items = List.copyOf(items);
	}

	/**
	 * One approved item as the catalogue names it.
	 *
	 * @param itemClass null when planning named no class
	 */
	public record Item(String code, String name, ItemClass itemClass) {
	}

}
