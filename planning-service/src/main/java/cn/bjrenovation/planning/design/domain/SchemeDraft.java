package cn.bjrenovation.planning.design.domain;

import java.util.List;
import java.util.UUID;

/**
 * What the planner submits, its items already read against the catalogue: the case adds the version number, the
 * opinions recorded so far and the parts changed.
 *
 * @param historicKeeping null when not stated
 */
public record SchemeDraft(List<DesignItem> items, boolean changesLandRights, boolean changesPlanningConditions,
		String historicKeeping, String summary, List<UUID> attachmentIds) {

	public SchemeDraft {
		items = List.copyOf(items);
		attachmentIds = List.copyOf(attachmentIds);
	}

}
