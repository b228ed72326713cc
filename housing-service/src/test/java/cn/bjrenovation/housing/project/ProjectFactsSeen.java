package cn.bjrenovation.housing.project;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.v1.ProjectFacts;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import com.google.protobuf.InvalidProtocolBufferException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import static org.awaitility.Awaitility.await;

/**
 * The facts on {@code housing.project} as a consumer sees them, by project (the record key), in topic order. As every
 * consumer of the suite does, it takes each event once, by its id: the outbox re-sends an entry whose acknowledgement
 * is late (30 s, {@code renovation.events.resubmit-after}), and such a copy lands after the facts that followed it.
 */
public final class ProjectFactsSeen implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final Map<String, List<EventEnvelope>> seen = new LinkedHashMap<>();

	private ProjectFactsSeen(KafkaConsumer<String, byte[]> consumer) {
		this.consumer = consumer;
	}

	/** A consumer of its own group, from the topic's beginning. */
	public static ProjectFactsSeen subscribe() {
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
		props.put(ConsumerConfig.GROUP_ID_CONFIG, "project-facts-" + UUID.randomUUID());
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
				new ByteArrayDeserializer());
		consumer.subscribe(List.of(ProjectFacts.TOPIC));
		return new ProjectFactsSeen(consumer);
	}

	/** The project's facts, waiting until there are {@code count}; then a moment for more. */
	public synchronized List<EventEnvelope> awaitFacts(String projectId, int count) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			poll();
			return seen.getOrDefault(projectId, List.of()).size() >= count;
		});
		poll();
		return List.copyOf(seen.get(projectId));
	}

	private void poll() {
		for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
			try {
				EventEnvelope fact = EventEnvelope.parseFrom(record.value());
				List<EventEnvelope> facts = seen.computeIfAbsent(record.key(), key -> new ArrayList<>());
				if (facts.stream().noneMatch(earlier -> earlier.getEventId().equals(fact.getEventId()))) {
					facts.add(fact);
				}
			}
			catch (InvalidProtocolBufferException ex) {
				throw new IllegalStateException("not an envelope on " + ProjectFacts.TOPIC, ex);
			}
		}
	}

	@Override
	public void close() {
		consumer.close();
	}

}
