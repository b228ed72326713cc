package cn.bjrenovation.planning.design.domain;

import java.time.Instant;
import java.util.List;

/**
 * The permit an item of a scheme needs by default (Annex 3 item 8): a project that changes neither land rights nor
 * planning conditions needs no land-use planning permit (clause 2); items on the notification-commitment list are
 * approved on commitment and checked afterwards (clause 3); an item that builds, in a scheme that declares such a
 * change, goes through the full procedure. The commission may determine otherwise, saying why.
 */
public final class PermitRules {

	public static final String CLAUSE = "A3-8";

	private PermitRules() {
	}

	/** The suggestion for one item of the scheme, with its reason. */
	public static ItemPermit suggest(CatalogueItem item, DesignScheme scheme, Instant at) {
		boolean changes = scheme.changesLandRights() || scheme.changesPlanningConditions();
		PermitDetermination suggested;
		String reason;
		if (changes && item.buildsStructure()) {
			suggested = PermitDetermination.FULL_PROCEDURE;
			reason = "A3-8.2: the scheme declares a change of " + (scheme.changesLandRights() ? "land rights" : "planning conditions")
					+ " and " + item.code() + " builds: the land-use planning permit is not waived";
		}
		else if (item.notificationCommitment()) {
			suggested = PermitDetermination.NOTIFICATION_COMMITMENT;
			reason = "A3-8.3: " + item.code() + " is on the notification-commitment list (告知承诺清单); checked after the works";
		}
		else {
			suggested = PermitDetermination.NONE;
			reason = "A3-8.2: " + item.code() + " changes neither land rights nor planning conditions: no land-use planning permit";
		}
		return new ItemPermit(item.code(), suggested, suggested, reason, ItemPermit.BY_RULE, at, null);
	}

	/** The suggestions for every item of the scheme, in its order. */
	public static List<ItemPermit> suggest(DesignCatalogue catalogue, DesignScheme scheme, Instant at) {
		return scheme.items()
			.stream()
			.map(item -> suggest(catalogue.find(item.code()).orElseThrow(
					() -> new IllegalStateException("item " + item.code() + " is not in the catalogue")), scheme, at))
			.toList();
	}

}
