package cn.bjrenovation.platform.testing.fuzz;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What a consumer wrote for fuzzed events, read back from its own tables: the judge's view of "nothing written". */
public final class EventRows {

	private EventRows() {
	}

	/**
	 * The ids among those asked for that a consumer's table holds, by a query naming them {@code :ids} (UUIDs), e.g.
	 * {@code SELECT id::text FROM community_view WHERE id IN (:ids)}. Ids that are no UUID cannot be stored.
	 */
	public static Function<Collection<String>, Set<String>> stored(JdbcClient jdbc, String query) {
		return ids -> {
			List<UUID> uuids = ids.stream().map(EventRows::uuid).filter(id -> id != null).toList();
			return uuids.isEmpty() ? Set.of()
					: new HashSet<>(jdbc.sql(query).param("ids", uuids).query(String.class).list());
		};
	}

	/** The event ids among those asked for that the consumer recorded as handled ({@code consumed_event}). */
	public static Function<Collection<String>, Set<String>> consumed(JdbcClient jdbc) {
		return eventIds -> eventIds.isEmpty() ? Set.of()
				: new HashSet<>(jdbc.sql("SELECT event_id FROM consumed_event WHERE event_id IN (:ids)")
					.param("ids", List.copyOf(eventIds))
					.query(String.class)
					.list());
	}

	private static UUID uuid(String id) {
		try {
			UUID uuid = UUID.fromString(id);
			return uuid.toString().equals(id) ? uuid : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
