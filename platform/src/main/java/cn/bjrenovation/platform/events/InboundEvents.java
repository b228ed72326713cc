package cn.bjrenovation.platform.events;

import java.util.function.Consumer;

import cn.bjrenovation.common.v1.EventEnvelope;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles consumed events exactly once in effect: the event id is recorded in {@code consumed_event} in the
 * same database transaction as the handler's writes, so a redelivered event changes nothing, and a handler
 * that fails rolls back both (the container then retries, and finally dead-letters the record).
 */
public class InboundEvents {

	/** Parses one payload message from its bytes. */
	@FunctionalInterface
	public interface PayloadParser<T> {

		T parse(ByteString bytes) throws InvalidProtocolBufferException;

	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final String consumer;

	public InboundEvents(JdbcClient jdbc, TransactionTemplate transactions, String consumer) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.consumer = consumer;
	}

	/** Unwraps the record and runs {@code handler} unless this consumer has already handled the event. */
	public void handle(ConsumerRecord<String, byte[]> record, Consumer<EventEnvelope> handler) {
		EventEnvelope envelope = EventEnvelopes.unwrap(record.value());
		try (TraceContext.Entered trace = TraceContext.enter(envelope.getTraceparent())) {
			transactions.executeWithoutResult(status -> {
				if (firstDelivery(envelope)) {
					handler.accept(envelope);
				}
			});
		}
	}

	/** Parses the envelope's payload; a payload that does not parse can never be handled. */
	public static <T> T payload(EventEnvelope envelope, PayloadParser<T> parser) {
		try {
			return parser.parse(envelope.getPayload());
		}
		catch (InvalidProtocolBufferException ex) {
			throw new MalformedEventException(envelope.getType() + " payload does not parse: " + ex.getMessage());
		}
	}

	private boolean firstDelivery(EventEnvelope envelope) {
		return jdbc.sql("""
				INSERT INTO consumed_event (consumer, event_id, event_type, consumed_at)
				VALUES (:consumer, :eventId, :type, now())
				ON CONFLICT DO NOTHING
				""")
			.param("consumer", consumer)
			.param("eventId", envelope.getEventId())
			.param("type", envelope.getType())
			.update() == 1;
	}

}
