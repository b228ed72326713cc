package cn.bjrenovation.planning.design.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One version of a design scheme as submitted, never changed but for its review: the items, the declared changes of
 * land rights and planning conditions, how a historic district's façades are kept, the opinions and attachments it
 * was submitted with, and which parts changed since the version before (all parts for version 1).
 *
 * @param historicKeeping how façades and street-scape are kept (沿街立面风貌); null when not stated
 * @param review null while the version awaits review
 */
public record DesignScheme(int version, List<DesignItem> items, boolean changesLandRights,
		boolean changesPlanningConditions, String historicKeeping, String summary, List<UUID> opinionIds,
		List<UUID> attachmentIds, Set<String> changedParts, String submittedBy, Instant submittedAt,
		SchemeReview review) {

	public DesignScheme {
		if (version < 1) {
			throw new IllegalArgumentException("scheme versions count from 1, not " + version);
		}
		items = List.copyOf(items);
		opinionIds = List.copyOf(opinionIds);
		attachmentIds = List.copyOf(attachmentIds);
		changedParts = Set.copyOf(changedParts);
		Objects.requireNonNull(summary, "summary");
		Objects.requireNonNull(submittedBy, "submittedBy");
		Objects.requireNonNull(submittedAt, "submittedAt");
	}

	/** Sum of the items' estimated costs, fen. */
	public long totalCostFen() {
		return items.stream().mapToLong(DesignItem::estimatedCostFen).reduce(0, Math::addExact);
	}

	public Optional<DesignItem> item(String code) {
		return items.stream().filter(item -> item.code().equals(code)).findFirst();
	}

	/** Every part of this version a comment may be anchored to: its items, then the parts of the whole scheme. */
	public Set<String> parts() {
		Set<String> parts = new LinkedHashSet<>();
		items.forEach(item -> parts.add(SchemePart.item(item.code())));
		parts.addAll(SchemePart.WHOLE_SCHEME);
		return parts;
	}

	/** The parts in which this version differs from {@code previous}: an item added, removed or changed, and so on. */
	public Set<String> changedSince(DesignScheme previous) {
		Set<String> changed = new LinkedHashSet<>();
		Map<String, DesignItem> before = new LinkedHashMap<>();
		previous.items.forEach(item -> before.put(item.code(), item));
		for (DesignItem item : items) {
			if (!item.sameAs(before.remove(item.code()))) {
				changed.add(SchemePart.item(item.code()));
			}
		}
		before.keySet().forEach(code -> changed.add(SchemePart.item(code)));
		if (!new HashSet<>(opinionIds).equals(new HashSet<>(previous.opinionIds))) {
			changed.add(SchemePart.OPINIONS);
		}
		if (!new HashSet<>(attachmentIds).equals(new HashSet<>(previous.attachmentIds))) {
			changed.add(SchemePart.DRAWINGS);
		}
		if (changesLandRights != previous.changesLandRights
				|| changesPlanningConditions != previous.changesPlanningConditions) {
			changed.add(SchemePart.LAND_PLANNING);
		}
		if (!Objects.equals(historicKeeping, previous.historicKeeping)) {
			changed.add(SchemePart.HISTORIC_KEEPING);
		}
		if (!summary.equals(previous.summary)) {
			changed.add(SchemePart.SUMMARY);
		}
		return changed;
	}

	public DesignScheme reviewed(SchemeReview review) {
		return new DesignScheme(version, items, changesLandRights, changesPlanningConditions, historicKeeping, summary,
				opinionIds, attachmentIds, changedParts, submittedBy, submittedAt, Objects.requireNonNull(review));
	}

}
