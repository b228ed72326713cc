package cn.bjrenovation.platform.bench.events;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import cn.bjrenovation.platform.events.EventRoutes;
import cn.bjrenovation.platform.events.InboundEvents;
import com.google.protobuf.StringValue;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * A service reduced to one producing and one consuming feature, on the platform's own plumbing: the Modulith outbox
 * and its externalization to Kafka (acks=all, idempotent producer), and an idempotent consumer
 * ({@link InboundEvents}: the event id and the effect in one transaction).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class EventLatencyApplication {

	/** The probe of the phase being measured; the consumer reports every committed effect to it. */
	static final AtomicReference<LatencyProbe> PROBE = new AtomicReference<>(new LatencyProbe(0));

	@Bean
	EventRoutes changeRoutes() {
		return events -> events.publish(ChangeCommitted.class, ChangeCommitted.TOPIC, 1,
				change -> StringValue.of(change.aggregateId()));
	}

	@Bean
	EffectListener effectListener(InboundEvents inbound, JdbcClient jdbc) {
		return new EffectListener(inbound, jdbc);
	}

	static class EffectListener {

		private final InboundEvents inbound;

		private final JdbcClient jdbc;

		EffectListener(InboundEvents inbound, JdbcClient jdbc) {
			this.inbound = inbound;
			this.jdbc = jdbc;
		}

		@KafkaListener(topics = ChangeCommitted.TOPIC)
		void on(List<ConsumerRecord<String, byte[]>> records) {
			long polled = System.currentTimeMillis();
			// the record key is the change's id (the envelope's aggregate id): one record per change
			Map<String, Long> recordedAt = new HashMap<>();
			records.forEach(record -> recordedAt.put(record.key(), record.timestamp()));
			// by event id: a poll that rolled back and was handled again one record at a time reports each effect once
			Map<UUID, Long> effects = new LinkedHashMap<>();
			inbound.handle(records, envelope -> {
				jdbc.sql("INSERT INTO bench_effect (change_id, seen_at) VALUES (:id, now())")
					.param("id", UUID.fromString(envelope.getAggregateId()))
					.update();
				effects.put(UUID.fromString(envelope.getEventId()), recordedAt.get(envelope.getAggregateId()));
			});
			// handle() returns once the consumer's transaction has committed
			effects.forEach((eventId, recorded) -> PROBE.get().effect(eventId, recorded, polled));
		}

	}

}
