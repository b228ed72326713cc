package cn.bjrenovation.platform.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import cn.bjrenovation.common.v1.EventEnvelope;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import static org.awaitility.Awaitility.await;

/**
 * Plays another service on the test broker: publishes real records (envelopes or arbitrary bytes) with a
 * real {@link KafkaProducer}, tells when a consumer group has got past them, and reads what a service
 * dead-lettered to {@code <topic>.DLT}. Event ids are the caller's, so a test can re-deliver the same id.
 */
public final class TestEvents {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static KafkaProducer<String, byte[]> producer;

	private static Admin admin;

	private TestEvents() {
	}

	/** An envelope as a producing service would write it: now, schema version 1, a fresh trace. */
	public static EventEnvelope envelope(String eventId, String type, String producer, String aggregateId,
			Message payload) {
		Instant now = Instant.now();
		return EventEnvelope.newBuilder()
			.setEventId(eventId)
			.setType(type)
			.setOccurredAt(Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano()))
			.setProducer(producer)
			.setSchemaVersion(1)
			.setTraceparent("00-" + hex(32) + "-" + hex(16) + "-01")
			.setAggregateId(aggregateId)
			.setPayload(payload.toByteString())
			.build();
	}

	/**
	 * A consumer of the topics in a group of its own, from their beginning: what a test reads to see the facts a
	 * service published. The caller closes it.
	 */
	public static KafkaConsumer<String, byte[]> subscribe(String... topics) {
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
		props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + java.util.UUID.randomUUID());
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
				new ByteArrayDeserializer());
		consumer.subscribe(List.of(topics));
		return consumer;
	}

	/** Publishes the envelope keyed by its aggregate id, as the outbox does, and waits for the broker's ack. */
	public static RecordMetadata publish(String topic, EventEnvelope envelope) {
		return send(topic, envelope.getAggregateId(), envelope.toByteArray());
	}

	/** Sends any bytes — a poison record, say — and waits for the broker's ack. */
	public static RecordMetadata send(String topic, String key, byte[] value) {
		try {
			return producer().send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("could not publish to " + topic, ex);
		}
	}

	/**
	 * Waits until {@code group} has committed offsets past every one of the records: it has handled (or
	 * dead-lettered) them, so a test can assert that they had no effect rather than hope it waited long enough.
	 */
	public static void awaitConsumed(String group, RecordMetadata... records) {
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
			Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get(5, TimeUnit.SECONDS);
			for (RecordMetadata record : records) {
				OffsetAndMetadata offset = committed.get(new TopicPartition(record.topic(), record.partition()));
				if (offset == null || offset.offset() <= record.offset()) {
					return false;
				}
			}
			return true;
		});
	}

	/** The record with this key on {@code <topic>.DLT}, waiting for it to arrive. */
	public static ConsumerRecord<String, byte[]> awaitDeadLetter(String topic, String key) {
		AtomicReference<ConsumerRecord<String, byte[]>> found = new AtomicReference<>();
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> {
			deadLetters(topic).stream().filter(record -> key.equals(record.key())).findFirst().ifPresent(found::set);
			return found.get() != null;
		});
		return found.get();
	}

	/**
	 * Everything on {@code <topic>.DLT} right now. Read without a consumer group (partitions assigned directly,
	 * from the start up to their end), so nothing is missed and no rebalance slows the test.
	 */
	public static List<ConsumerRecord<String, byte[]>> deadLetters(String topic) {
		String deadLetters = topic + ".DLT";
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
		props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (PartitionInfo partition : consumer.partitionsFor(deadLetters, Duration.ofSeconds(10))) {
				partitions.add(new TopicPartition(deadLetters, partition.partition()));
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
			List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
			long deadline = System.nanoTime() + PATIENCE.toNanos();
			while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("could not read " + deadLetters + " to its end");
				}
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
			return records;
		}
	}

	private static synchronized KafkaProducer<String, byte[]> producer() {
		if (producer == null) {
			Properties props = new Properties();
			props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
			props.put(ProducerConfig.ACKS_CONFIG, "all");
			producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
			Runtime.getRuntime().addShutdownHook(new Thread(() -> producer.close(Duration.ofSeconds(2))));
		}
		return producer;
	}

	private static synchronized Admin admin() {
		if (admin == null) {
			admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
					TestInfrastructure.kafka().bootstrapServers()));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> admin.close(Duration.ofSeconds(2))));
		}
		return admin;
	}

	private static String hex(int digits) {
		StringBuilder hex = new StringBuilder(digits);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < digits; i++) {
			hex.append(Character.forDigit(random.nextInt(16), 16));
		}
		return hex.toString();
	}

}
