package cn.bjrenovation.platform.envelope;

import java.time.DateTimeException;
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

	private static boolean isName(String text) {
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

	/** When the fact happened, as the producer recorded it. */
	public static Instant occurredAt(EventEnvelope envelope) {
		if (!envelope.hasOccurredAt()) {
			throw new MalformedEventException(envelope.getType() + " " + envelope.getEventId() + " lacks occurred_at");
		}
		try {
			return Instant.ofEpochSecond(envelope.getOccurredAt().getSeconds(), envelope.getOccurredAt().getNanos());
		}
		catch (DateTimeException | ArithmeticException ex) {
			throw new MalformedEventException(envelope.getType() + " " + envelope.getEventId()
					+ " has an occurred_at no clock can show");
		}
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
