package cn.bjrenovation.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.platform.envelope.AuditRecorded;
import cn.bjrenovation.platform.envelope.EventEnvelopes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the gateway's audit records to {@code audit.records} (idempotent producer, {@code acks=all}) from
 * one thread of its own: a call never waits for Kafka. It drops its record in a bounded queue; while calls
 * keep coming the sender empties the queue every {@link #IDLE_WAIT}, so a busy gateway's calls do not even
 * wake it (the producer lingers 50 ms to batch anyway), and when the gateway is quiet it waits to be woken.
 * Records wait in the queue while the broker is unreachable; when even that is full, the overflow is counted
 * and logged rather than slowing every call.
 */
class AuditPublisher implements AutoCloseable {

	static final String TOPIC = "audit.records";

	static final int CAPACITY = 50_000;

	/**
	 * How long the sender rests when it finds the queue empty: a fifth of the producer's linger, so records reach
	 * Kafka no later for it, while a busy gateway's core is not woken for the sender hundreds of times a second.
	 */
	static final Duration IDLE_WAIT = Duration.ofMillis(10);

	/** After this many empty rounds (~100 ms without a call) the sender waits to be woken instead. */
	static final int QUIET_ROUNDS = 10;

	private static final Logger log = LoggerFactory.getLogger(AuditPublisher.class);

	private final KafkaProducer<String, byte[]> producer;

	private final BlockingQueue<AuditRecorded> pending = new ArrayBlockingQueue<>(CAPACITY);

	private final AtomicLong dropped = new AtomicLong();

	private final Thread sender = new Thread(this::sendUntilClosed, "audit-publisher");

	private volatile boolean closing;

	AuditPublisher(String bootstrapServers) {
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		// a busy gateway audits thousands of calls a second: few large batches (one produce request every 50 ms
		// rather than one per 16 KB) spare the broker, which shares the machine with the services
		config.put(ProducerConfig.LINGER_MS_CONFIG, 50);
		config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
		config.put(ProducerConfig.CLIENT_ID_CONFIG, "gateway-audit");
		this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
		sender.setDaemon(true);
		sender.start();
	}

	/** Queues the record; never blocks. */
	void publish(AuditRecorded record) {
		if (!pending.offer(record)) {
			long total = dropped.incrementAndGet();
			if (total % 1000 == 1) {
				log.error("audit queue full: {} gateway audit records dropped so far", total);
			}
		}
	}

	private void sendUntilClosed() {
		List<AuditRecorded> batch = new ArrayList<>();
		int emptyRounds = 0;
		try {
			while (!closing || !pending.isEmpty()) {
				pending.drainTo(batch, 1_000);
				if (!batch.isEmpty()) {
					emptyRounds = 0;
					batch.forEach(this::send);
					batch.clear();
				}
				else if (++emptyRounds < QUIET_ROUNDS) {
					LockSupport.parkNanos(IDLE_WAIT.toNanos());
				}
				else {
					// quiet for a while: sleep until the next call rather than waking every IDLE_WAIT
					AuditRecorded next = pending.poll(1, TimeUnit.SECONDS);
					if (next != null) {
						batch.add(next);
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void send(AuditRecorded record) {
		EventEnvelope envelope = EventEnvelopes.wrap(record, "gateway", 1, record.toMessage());
		try {
			producer.send(new ProducerRecord<>(TOPIC, envelope.getAggregateId(), envelope.toByteArray()),
					(metadata, failure) -> {
						if (failure != null) {
							log.warn("audit record {} not sent: {}", envelope.getEventId(), failure.getMessage());
						}
					});
		}
		catch (RuntimeException failure) {
			log.warn("audit record {} not sent: {}", envelope.getEventId(), failure.getMessage());
		}
	}

	/** Sends what is queued (for up to 10 s), then closes the producer, which flushes it. */
	@Override
	public void close() throws InterruptedException {
		closing = true;
		sender.join(TimeUnit.SECONDS.toMillis(10));
		producer.close(Duration.ofSeconds(10));
	}

}
