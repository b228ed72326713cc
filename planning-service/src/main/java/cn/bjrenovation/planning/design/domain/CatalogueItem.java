package cn.bjrenovation.planning.design.domain;

import java.util.Objects;

/**
 * One item a design scheme may hold: housing's catalogue entry (A1-6/7/8) with what planning adds to it.
 *
 * @param utility the network a pipeline item touches; null for an item that touches none
 * @param notificationCommitment on the notification-commitment list (告知承诺清单, A3-8.3)
 * @param buildsStructure adds or changes a structure or floor area: a declared change of land rights or planning
 * conditions then calls for the full procedure (A3-8.2)
 */
public record CatalogueItem(String code, String name, ItemClass itemClass, UtilityKind utility,
		boolean notificationCommitment, boolean buildsStructure) {

	public CatalogueItem {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(itemClass, "itemClass");
	}

}
