package cn.bjrenovation.pipeline.coordination.domain;

import java.util.List;
import java.util.Objects;

import cn.bjrenovation.pipeline.utility.domain.Utility;

/**
 * What pipeline takes from planning's approval of a design (DesignApproved): the project, the scheme version and the
 * pipeline items, each on its utility network. A design without pipeline items needs no coordination.
 */
public record DesignApproval(CoordinationProject project, int schemeVersion, List<UtilityItem> items) {

	/** A pipeline item on its network. */
	public record UtilityItem(Utility utility, PlanItem item) {

		public UtilityItem {
			Objects.requireNonNull(utility, "utility");
			Objects.requireNonNull(item, "item");
		}

	}

	public DesignApproval {
		Objects.requireNonNull(project, "project");
		items = List.copyOf(items);
	}

	public boolean hasPipelineItems() {
		return !items.isEmpty();
	}

}
