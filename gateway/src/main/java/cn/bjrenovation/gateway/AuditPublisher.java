package cn.bjrenovation.gateway;

import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import cn.bjrenovation.common.v1.EventEnvelope;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the gateway's audit records to {@code audit.records} (idempotent producer, {@code acks=all}), off
 * the request threads: a call never waits for Kafka. Records wait in a bounded queue while the broker is
 * unreachable; when even that is full, the overflow is counted and logged rather than slowing every call.
 */
class AuditPublisher implements AutoCloseable {

	static final String TOPIC = "audit.records";

	private static final Logger log = LoggerFactory.getLogger(AuditPublisher.class);

	private final KafkaProducer<String, byte[]> producer;

	private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(50_000), runnable -> {
				Thread thread = new Thread(runnable, "audit-publisher");
				thread.setDaemon(true);
				return thread;
			});

	private final AtomicLong dropped = new AtomicLong();

	AuditPublisher(String bootstrapServers) {
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 10);
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
		config.put(ProducerConfig.CLIENT_ID_CONFIG, "gateway-audit");
		this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
	}

	void publish(EventEnvelope envelope) {
		try {
			sender.execute(() -> producer.send(new ProducerRecord<>(TOPIC, envelope.getAggregateId(), envelope.toByteArray()),
					(metadata, failure) -> {
						if (failure != null) {
							log.warn("audit record {} not sent: {}", envelope.getEventId(), failure.getMessage());
						}
					}));
		}
		catch (java.util.concurrent.RejectedExecutionException full) {
			long total = dropped.incrementAndGet();
			if (total % 1000 == 1) {
				log.error("audit queue full: {} gateway audit records dropped so far", total);
			}
		}
	}

	@Override
	public void close() throws InterruptedException {
		sender.shutdown();
		sender.awaitTermination(10, TimeUnit.SECONDS);
		producer.close(java.time.Duration.ofSeconds(10));
	}

}
