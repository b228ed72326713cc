package cn.bjrenovation.platform.envelope;

import java.time.Instant;
import java.util.UUID;

/**
 * What every integration event carries besides its payload: a stable id, the moment it happened and the
 * trace context of the request that caused it. Fixed inside the producing transaction, so that an event
 * re-sent from the outbox keeps its id and consumers can deduplicate on it.
 */
public record EventMetadata(UUID eventId, Instant occurredAt, String traceparent) {

	/** Metadata for a fact happening now, in the trace of the current request. */
	public static EventMetadata capture() {
		return new EventMetadata(UUID.randomUUID(), Instant.now(), TraceContext.currentOrNew());
	}

}
