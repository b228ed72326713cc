package cn.bjrenovation.housing.community.persistence;

import java.util.List;
import java.util.UUID;

import cn.bjrenovation.housing.community.domain.HistoryEntry;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the versions a history trigger wrote ({@code community_history}, {@code building_history}). */
final class HistoryRows {

	/** A history table and the column naming whose history a row is; both fixed in code, never from input. */
	enum Table {

		COMMUNITY("community_history", "community_id"), BUILDING("building_history", "building_id");

		private final String name;

		private final String idColumn;

		Table(String name, String idColumn) {
			this.name = name;
			this.idColumn = idColumn;
		}

	}

	private HistoryRows() {
	}

	static List<HistoryEntry> of(JdbcClient jdbc, Table table, UUID id) {
		return jdbc
			.sql("SELECT version, change, at, actor, snapshot::text AS snapshot FROM " + table.name + " WHERE "
					+ table.idColumn + " = :id ORDER BY version")
			.param("id", id)
			.query((rs, row) -> new HistoryEntry(rs.getLong("version"), rs.getString("change"),
					rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("snapshot")))
			.list();
	}

}
