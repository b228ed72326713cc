package cn.bjrenovation.platform.envelope;

import java.time.Instant;

import cn.bjrenovation.common.v1.EventEnvelope;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;

/** Wraps payloads in the suite's {@link EventEnvelope} and reads them back. */
public final class EventEnvelopes {

	/** The longest event id or type an envelope may carry (ids are UUIDs, types past-tense names). */
	static final int MAX_NAME = 200;

	private EventEnvelopes() {
	}

	/** Whether an envelope may carry the text as its event id or type: at most 200 characters, none a control one. */
	public static boolean isName(String text) {
		return text.length() <= MAX_NAME && text.chars().noneMatch(Character::isISOControl);
	}

	public static EventEnvelope wrap(IntegrationEvent event, String producer, int schemaVersion, Message payload) {
		EventMetadata metadata = event.metadata();
		return EventEnvelope.newBuilder()
			.setEventId(metadata.eventId().toString())
			.setType(event.type())
			.setOccurredAt(Timestamp.newBuilder()
				.setSeconds(metadata.occurredAt().getEpochSecond())
				.setNanos(metadata.occurredAt().getNano()))
			.setProducer(producer)
			.setSchemaVersion(schemaVersion)
			.setTraceparent(metadata.traceparent())
			.setAggregateId(event.aggregateId())
			.setPayload(payload.toByteString())
			.build();
	}

	/** google.protobuf.Timestamp's own range: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z. */
	private static final long FIRST_SECOND = -62_135_596_800L;

	private static final long LAST_SECOND = 253_402_300_799L;

	/**
	 * When the fact happened, as the producer recorded it.
	 * @throws MalformedEventException when absent or outside the years 1 to 9999 ({@link #instant})
	 */
	public static Instant occurredAt(EventEnvelope envelope) {
		if (!envelope.hasOccurredAt()) {
			throw new MalformedEventException(envelope.getType() + " " + envelope.getEventId() + " lacks occurred_at");
		}
		return instant(envelope, envelope.getOccurredAt(), "occurred_at");
	}

	/**
	 * A time the event's payload carries, as an {@link Instant}.
	 * @throws MalformedEventException when outside the range a protobuf Timestamp may hold (years 1 to 9999, nanos
	 * 0 to 999,999,999), which is also what a database column can store
	 */
	public static Instant instant(EventEnvelope envelope, Timestamp time, String field) {
		long seconds = time.getSeconds();
		int nanos = time.getNanos();
		if (seconds < FIRST_SECOND || seconds > LAST_SECOND || nanos < 0 || nanos > 999_999_999) {
			throw new MalformedEventException(envelope.getType() + " " + envelope.getEventId() + " has a " + field
					+ " outside the years 1 to 9999 (" + seconds + " s, " + nanos + " ns)");
		}
		return Instant.ofEpochSecond(seconds, nanos);
	}

	/**
	 * Text of the event's payload, checked for what no database text column can hold.
	 * @throws MalformedEventException when it holds a NUL character
	 */
	public static String text(EventEnvelope envelope, String value, String field) {
		if (value.indexOf('\u0000') >= 0) {
			throw new MalformedEventException(envelope.getType() + " " + envelope.getEventId() + " has a NUL character in "
					+ field);
		}
		return value;
	}

	/**
	 * Reads an envelope from a record value.
	 * @throws MalformedEventException when the bytes are not an envelope or lack its required fields; such a
	 * record can never succeed, so it goes to the dead-letter topic without retries
	 */
	public static EventEnvelope unwrap(byte[] value) {
		if (value == null) {
			throw new MalformedEventException("record has no value");
		}
		try {
			EventEnvelope envelope = EventEnvelope.parseFrom(value);
			if (envelope.getEventId().isBlank() || envelope.getType().isBlank()) {
				throw new MalformedEventException("envelope lacks event_id or type");
			}
			if (!isName(envelope.getEventId()) || !isName(envelope.getType())) {
				throw new MalformedEventException("envelope's event_id or type is not a plain name of at most "
						+ MAX_NAME + " characters");
			}
			return envelope;
		}
		catch (InvalidProtocolBufferException ex) {
			throw new MalformedEventException("not an EventEnvelope: " + ex.getMessage());
		}
	}

}
