package cn.bjrenovation.housing.community.domain;

import java.time.Instant;

/** One version of a community or building as the database recorded it: what changed, when, by whom, and how it was. */
public record HistoryEntry(long version, String change, Instant at, String actor, String snapshotJson) {
}
