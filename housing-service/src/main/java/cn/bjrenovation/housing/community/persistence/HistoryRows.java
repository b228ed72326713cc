package cn.bjrenovation.housing.community.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.housing.community.domain.HistoryEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the versions a history trigger wrote ({@code community_history}, {@code building_history}). The trigger
 * keeps the whole row; only the surveyed facts leave, under their API names — never ids, import references or
 * bookkeeping columns.
 */
final class HistoryRows {

	/** A history table, the column naming whose history a row is, and the facts shown; all fixed in code. */
	enum Table {

		COMMUNITY("community_history", "community_id", List.of("name", "district_code", "street_code",
				"committee_code", "address", "latitude", "longitude", "build_year", "property_rights",
				"management_status", "building_count", "floor_area", "households", "residents", "aged_60_plus_percent",
				"core_area", "historic_district", "owners_organisation", "property_service_agreed",
				"hotline_complaints", "retired_at", "retired_reason")),

		BUILDING("building_history", "building_id", List.of("number", "floors", "units", "build_year", "structure",
				"floor_area", "households", "seismic_reinforcement_needed", "energy_retrofit_needed", "elevator",
				"dangerous_grade", "simple_building", "retired_at", "retired_reason"));

		private final String name;

		private final String idColumn;

		private final List<String> facts;

		Table(String name, String idColumn, List<String> facts) {
			this.name = name;
			this.idColumn = idColumn;
			this.facts = facts;
		}

	}

	private HistoryRows() {
	}

	static List<HistoryEntry> of(JdbcClient jdbc, JsonMapper json, Table table, UUID id) {
		return HistoryEntry.of(jdbc
			.sql("SELECT version, change, at, actor, snapshot::text AS snapshot FROM " + table.name + " WHERE "
					+ table.idColumn + " = :id ORDER BY version")
			.param("id", id)
			.query((rs, row) -> new HistoryEntry.Version(rs.getLong("version"), rs.getString("change"),
					rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					facts(json.readTree(rs.getString("snapshot")), table, json)))
			.list());
	}

	private static Map<String, Object> facts(JsonNode snapshot, Table table, JsonMapper json) {
		Map<String, Object> facts = new LinkedHashMap<>();
		for (String column : table.facts) {
			JsonNode value = snapshot.get(column);
			facts.put(camelCase(column), value == null || value.isNull() ? null : json.treeToValue(value, Object.class));
		}
		return facts;
	}

	/** {@code aged_60_plus_percent} → {@code aged60PlusPercent}, as the API names the fact. */
	static String camelCase(String column) {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : column.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}

}
