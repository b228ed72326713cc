package cn.bjrenovation.platform.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.platform.testing.TestEvents;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Event fuzzing on the test broker: odd envelopes and garbage bytes, sent in bulk (each keyed by its own key, so
 * its dead letter can be found), the consumer group awaited past them, and the dead letters read with the
 * reason in their headers.
 */
public final class EventFuzz {

	/** Spring Kafka's dead-letter headers: the exception's class, its cause's class, its message. */
	public static final String EXCEPTION_FQCN = "kafka_dlt-exception-fqcn";

	public static final String CAUSE_FQCN = "kafka_dlt-exception-cause-fqcn";

	public static final String EXCEPTION_MESSAGE = "kafka_dlt-exception-message";

	public static final String ORIGINAL_GROUP = "kafka_dlt-original-consumer-group";

	private final KafkaProducer<String, byte[]> producer;

	private final List<Future<RecordMetadata>> sent = new ArrayList<>();

	public EventFuzz() {
		Properties props = new Properties();
		props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
		props.put(ProducerConfig.ACKS_CONFIG, "all");
		props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
		props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2_000_000);
		producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
	}

	/** Sends without waiting; {@link #flush()} waits for every ack. A null value is a tombstone. */
	public void send(String topic, String key, byte[] value) {
		sent.add(producer.send(new ProducerRecord<>(topic, key, value)));
	}

	/** Waits for the broker's ack of everything sent; their metadata in the order sent. */
	public List<RecordMetadata> flush() {
		producer.flush();
		List<RecordMetadata> acked = new ArrayList<>();
		for (Future<RecordMetadata> future : sent) {
			try {
				acked.add(future.get(30, TimeUnit.SECONDS));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (ExecutionException | TimeoutException ex) {
				throw new IllegalStateException("could not publish", ex);
			}
		}
		sent.clear();
		return acked;
	}

	public void close() {
		producer.close(Duration.ofSeconds(5));
	}

	/**
	 * Waits until {@code group} has committed past the last of the records on each partition; false when it has
	 * not within {@code patience} (a blocked partition).
	 */
	public static boolean awaitConsumed(String group, Collection<RecordMetadata> records, Duration patience) {
		Map<TopicPartition, Long> last = new HashMap<>();
		for (RecordMetadata record : records) {
			last.merge(new TopicPartition(record.topic(), record.partition()), record.offset(), Math::max);
		}
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.kafka().bootstrapServers()))) {
			Awaitility.await().atMost(patience).pollInterval(Duration.ofMillis(250)).until(() -> {
				Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
					.partitionsToOffsetAndMetadata()
					.get(10, TimeUnit.SECONDS);
				return last.entrySet().stream().allMatch(entry -> committed.get(entry.getKey()) != null
						&& committed.get(entry.getKey()).offset() > entry.getValue());
			});
			return true;
		}
		catch (ConditionTimeoutException blocked) {
			return false;
		}
	}

	/** The offsets {@code group} has committed: the next record it will read, per partition. */
	public static Map<TopicPartition, Long> committed(String group) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.kafka().bootstrapServers()))) {
			Map<TopicPartition, Long> offsets = new HashMap<>();
			admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get(10, TimeUnit.SECONDS)
				.forEach((partition, offset) -> offsets.put(partition, offset == null ? 0 : offset.offset()));
			return offsets;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("cannot read the offsets of " + group, ex);
		}
	}

	/** Whether {@code group} has got past the record. */
	public static boolean consumed(Map<TopicPartition, Long> committed, RecordMetadata record) {
		Long next = committed.get(new TopicPartition(record.topic(), record.partition()));
		return next != null && next > record.offset();
	}

	/** Every dead letter of {@code topic} ({@code <topic>.DLT}) written by the consumer group, by its key. */
	public static Map<String, ConsumerRecord<String, byte[]>> deadLettersByKey(String topic, String group) {
		Map<String, ConsumerRecord<String, byte[]>> byKey = new HashMap<>();
		for (ConsumerRecord<String, byte[]> record : TestEvents.deadLetters(topic)) {
			String by = header(record, ORIGINAL_GROUP);
			if (record.key() != null && (by == null || by.equals(group))) {
				byKey.put(record.key(), record);
			}
		}
		return byKey;
	}

	public static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	/** Random bytes, 0 to 300 of them, sometimes starting like an envelope. */
	public static byte[] garbage(SplittableRandom random) {
		byte[] bytes = new byte[random.nextInt(301)];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) random.nextInt(256);
		}
		if (bytes.length > 2 && random.nextBoolean()) {
			bytes[0] = 0x0a; // field 1 (event_id), length-delimited
		}
		return bytes;
	}

	/** The text as the envelope's reader would see it: the bytes parse as an envelope, or null. */
	public static EventEnvelope parsed(byte[] bytes) {
		if (bytes == null) {
			return null;
		}
		try {
			return EventEnvelope.parseFrom(bytes);
		}
		catch (InvalidProtocolBufferException ex) {
			return null;
		}
	}

	/** A well-formed envelope around any payload bytes. */
	public static EventEnvelope envelope(String eventId, String type, int schemaVersion, String aggregateId,
			ByteString payload) {
		Instant now = Instant.now();
		return EventEnvelope.newBuilder()
			.setEventId(eventId)
			.setType(type)
			.setOccurredAt(Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano()))
			.setProducer("fuzz")
			.setSchemaVersion(schemaVersion)
			.setTraceparent("00-" + UUID.randomUUID().toString().replace("-", "") + "-0000000000000001-01")
			.setAggregateId(aggregateId)
			.setPayload(payload)
			.build();
	}

	/** Odd envelope headers: blank or odd event ids, odd times, odd traceparents. */
	public static EventEnvelope oddHeaders(SplittableRandom random, EventEnvelope envelope) {
		EventEnvelope.Builder odd = envelope.toBuilder();
		switch (random.nextInt(6)) {
			case 0 -> odd.setEventId(random.nextInt(3) == 0 ? "" : Oddities.string(random) + "-" + UUID.randomUUID());
			case 1 -> odd.setOccurredAt(Timestamp.newBuilder().setSeconds(random.nextLong()).setNanos(random.nextInt()));
			case 2 -> odd.clearOccurredAt();
			case 3 -> odd.setTraceparent(Oddities.string(random));
			case 4 -> odd.setProducer(Oddities.string(random));
			default -> odd.setAggregateId(Oddities.string(random));
		}
		return odd.build();
	}

}
