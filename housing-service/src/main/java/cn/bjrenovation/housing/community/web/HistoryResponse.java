package cn.bjrenovation.housing.community.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.housing.community.domain.HistoryEntry;

/**
 * One version of a community or building: its version, the kind of change ({@code REGISTERED}, {@code UPDATED},
 * {@code RETIRED}), when and by whom, which facts it changed, and the facts as they then were (API names).
 */
record HistoryResponse(long version, String change, Instant at, String actor, List<String> changedFields,
		Map<String, Object> facts) {

	static List<HistoryResponse> of(List<HistoryEntry> entries) {
		return entries.stream()
			.map(e -> new HistoryResponse(e.version(), e.change(), e.at(), e.actor(), e.changedFields(), e.facts()))
			.toList();
	}

}
