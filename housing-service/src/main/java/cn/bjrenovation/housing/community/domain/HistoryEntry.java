package cn.bjrenovation.housing.community.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a community or building as the database recorded it, as an official reads it: its version, what
 * kind of change made it ({@code REGISTERED}, {@code UPDATED}, {@code RETIRED}), when, by whom, which facts it
 * changed, and the surveyed facts as they then were (named as in the API, no internal ids).
 */
public record HistoryEntry(long version, String change, Instant at, String actor, List<String> changedFields,
		Map<String, Object> facts) {

	public HistoryEntry {
		changedFields = List.copyOf(changedFields);
		facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
	}

	/**
	 * The versions of one object in order, each with the facts it changed from the version before (none for the
	 * first).
	 */
	public static List<HistoryEntry> of(List<Version> versions) {
		List<HistoryEntry> entries = new ArrayList<>();
		Map<String, Object> before = null;
		for (Version v : versions) {
			List<String> changed = new ArrayList<>();
			if (before != null) {
				for (Map.Entry<String, Object> fact : v.facts().entrySet()) {
					if (!Objects.equals(fact.getValue(), before.get(fact.getKey()))) {
						changed.add(fact.getKey());
					}
				}
			}
			entries.add(new HistoryEntry(v.version(), v.change(), v.at(), v.actor(), changed, v.facts()));
			before = v.facts();
		}
		return entries;
	}

	/** One stored version: its facts by their API names, in a stable order. */
	public record Version(long version, String change, Instant at, String actor, Map<String, Object> facts) {
	}

}
