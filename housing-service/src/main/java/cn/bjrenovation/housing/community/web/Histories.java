package cn.bjrenovation.housing.community.web;

import java.util.List;
import java.util.Map;

import cn.bjrenovation.housing.community.domain.HistoryEntry;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** History entries as JSON: version, change, at, actor and the snapshot the database kept. */
@Component
class Histories {

	private final JsonMapper json;

	Histories(JsonMapper json) {
		this.json = json;
	}

	List<Map<String, Object>> of(List<HistoryEntry> entries) {
		return entries.stream()
			.map(entry -> Map.<String, Object>of("version", entry.version(), "change", entry.change(), "at", entry.at(),
					"actor", entry.actor(), "snapshot", json.readTree(entry.snapshotJson())))
			.toList();
	}

}
