package cn.bjrenovation.platform.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.platform.envelope.EventEnvelopes;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import cn.bjrenovation.platform.envelope.TraceContext;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles consumed events exactly once in effect: the event id is recorded in {@code consumed_event} in the
 * same database transaction as the handler's writes, so a redelivered event changes nothing, and a handler
 * that fails rolls back both (the container then retries, and finally dead-letters the record).
 * <p>
 * Listeners take a poll's records at once ({@link #handle(List, Dispatch)}), and the whole poll is handled in one
 * transaction: one commit, one WAL flush, for what were as many transactions as records (a consumer that committed
 * each record kept up with about 500 events/s on 2 cores, and everything behind it queued). When any record fails,
 * the poll's transaction rolls back and its records are handled again one transaction each, up to the one that
 * fails; that one is reported to the container ({@link BatchListenerFailedException}), which commits the offsets
 * before it, retries it and finally dead-letters it, then goes on with the records after it.
 */
public class InboundEvents {

	/** Parses one payload message from its bytes. */
	@FunctionalInterface
	public interface PayloadParser<T> {

		T parse(ByteString bytes) throws InvalidProtocolBufferException;

	}

	private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final String consumer;

	private final EventSpans spans;

	public InboundEvents(JdbcClient jdbc, TransactionTemplate transactions, String consumer) {
		this(jdbc, transactions, consumer, EventSpans.NONE);
	}

	/** @param spans the span of each event's handling, in the trace its envelope carries */
	public InboundEvents(JdbcClient jdbc, TransactionTemplate transactions, String consumer, EventSpans spans) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.consumer = consumer;
		this.spans = spans;
	}

	/**
	 * Opens the span of one consumed event as a child of the envelope's {@code traceparent}, so the trace of the request
	 * that raised the event goes on in its consumers; what the handler raises in turn carries the span's own context.
	 */
	@FunctionalInterface
	public interface EventSpans {

		EventSpans NONE = (traceparent, name) -> new EventSpan(traceparent, () -> {
		});

		EventSpan start(String traceparent, String name);

	}

	/** An open span: the {@code traceparent} to carry on, and how to end it. */
	public record EventSpan(String traceparent, Runnable end) implements AutoCloseable {

		@Override
		public void close() {
			end.run();
		}

	}

	/**
	 * One event type a consumer reads, at the payload schema version it understands.
	 * @param type the envelope's {@code type}, e.g. {@code CommunityRegistered}
	 * @param parser the payload message's parser, e.g. {@code CommunityRegistered::parseFrom}
	 */
	public record Subscription<T>(String type, int schemaVersion, PayloadParser<T> parser) {
	}

	/** The event types one consumer reads from a topic, and what it does with each. */
	public static final class Dispatch {

		private final Map<String, Handler<?>> byType = new LinkedHashMap<>();

		private record Handler<T>(Subscription<T> subscription, BiConsumer<EventEnvelope, T> action) {

			Runnable bind(EventEnvelope envelope) {
				T payload = payload(envelope, subscription.parser());
				return () -> action.accept(envelope, payload);
			}

		}

		public <T> Dispatch on(Subscription<T> subscription, BiConsumer<EventEnvelope, T> action) {
			byType.put(subscription.type(), new Handler<>(subscription, action));
			return this;
		}

	}

	/**
	 * Reads the record's envelope once and hands its payload to the handler of its type, once per event id.
	 * Types the dispatch does not name are skipped without being recorded as consumed, so a later version that
	 * reads them still gets them when the topic is replayed.
	 * @throws MalformedEventException when the envelope or payload does not parse or the schema version is unknown
	 * (never retried)
	 */
	public void handle(ConsumerRecord<String, byte[]> record, Dispatch dispatch) {
		EventEnvelope envelope = EventEnvelopes.unwrap(record.value());
		Dispatch.Handler<?> handler = dispatch.byType.get(envelope.getType());
		if (handler == null) {
			log.debug("{} skips {} {} on {}", consumer, envelope.getType(), envelope.getEventId(), record.topic());
			return;
		}
		if (envelope.getSchemaVersion() != handler.subscription().schemaVersion()) {
			throw new MalformedEventException(envelope.getType() + " schema version " + envelope.getSchemaVersion()
					+ " is not readable by " + consumer + " (reads " + handler.subscription().schemaVersion() + ")");
		}
		Runnable action = handler.bind(envelope);
		once(envelope, handled -> action.run());
	}

	/** A poll's records through their dispatch, in one transaction (see the class comment). */
	public void handle(List<ConsumerRecord<String, byte[]>> records, Dispatch dispatch) {
		inOneTransaction(records, record -> handle(record, dispatch));
	}

	/** A poll's records through {@code handler}, in one transaction (see the class comment). */
	public void handle(List<ConsumerRecord<String, byte[]>> records, Consumer<EventEnvelope> handler) {
		inOneTransaction(records, record -> handle(record, handler));
	}

	private void inOneTransaction(List<ConsumerRecord<String, byte[]>> records,
			Consumer<ConsumerRecord<String, byte[]>> each) {
		if (records.size() == 1) {
			oneAtATime(records, each);
			return;
		}
		try {
			// each record's own transaction joins this one
			transactions.executeWithoutResult(status -> records.forEach(each));
		}
		catch (RuntimeException pollFailed) {
			log.debug("{}: a poll of {} records rolled back ({}); handling them one at a time", consumer,
					records.size(), pollFailed.toString());
			oneAtATime(records, each);
		}
	}

	/** Each record its own transaction; the first that fails is named to the container by its index. */
	private void oneAtATime(List<ConsumerRecord<String, byte[]>> records,
			Consumer<ConsumerRecord<String, byte[]>> each) {
		for (int index = 0; index < records.size(); index++) {
			try {
				each.accept(records.get(index));
			}
			catch (RuntimeException failed) {
				throw new BatchListenerFailedException(consumer + " could not handle the record", failed, records.get(index));
			}
		}
	}

	/** Unwraps the record and runs {@code handler} unless this consumer has already handled the event. */
	public void handle(ConsumerRecord<String, byte[]> record, Consumer<EventEnvelope> handler) {
		once(EventEnvelopes.unwrap(record.value()), handler);
	}

	private void once(EventEnvelope envelope, Consumer<EventEnvelope> handler) {
		try (EventSpan span = spans.start(envelope.getTraceparent(), "consume " + envelope.getType());
				TraceContext.Entered trace = TraceContext.enter(span.traceparent())) {
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
