package cn.bjrenovation.platform.bench.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.testing.RealInfrastructureInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event latency, commit → consumer effect (issue 18 item 3): transactions that each change a row and publish a fact
 * through the platform's outbox, at a fixed rate (100, 500 and 1,000 a second by default, 60 s each), and a consumer
 * that records the fact's effect in its own transaction, idempotently. Each event's latency runs from the moment its
 * producing transaction has committed to the moment the consumer's transaction has committed, both in this JVM.
 * Real PostgreSQL, a real Kafka broker (the platform's test broker), the platform's own producer and consumer
 * settings. Run by {@code bench/event-latency.sh}; figures in {@code target/benchmarks/event-latency.txt}.
 */
@SpringBootTest(classes = EventLatencyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.application.name=event-latency-bench", "renovation.schema=bench_events",
				"spring.flyway.locations=classpath:db/platform,classpath:db/bench-events" })
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class EventLatencyBenchmark {

	private static final String RATES = System.getProperty("bench.rates", "100,500,1000");

	private static final int SECONDS = Integer.getInteger("bench.seconds", 60);

	private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup-seconds", 10);

	private static final int SENDERS = Integer.getInteger("bench.senders", 4);

	private static final double GOAL_P99_MS = 50;

	/** How long no effect may arrive while events are missing before the phase counts them as lost. */
	private static final Duration STALL = Duration.ofSeconds(30);

	private static final int GOAL_RATE = 1000;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Test
	void commitToConsumerEffectAtFixedRates() throws Exception {
		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"event latency, commit -> consumer's committed effect: %s events/s, %d s each, %d sending threads, %s%n"
						+ "%d cores; %s%n%n",
				RATES, SECONDS, SENDERS, Instant.now(), Runtime.getRuntime().availableProcessors(), MachineLoad.describe()));
		report.append("| rate (events/s) | sent | sent at (events/s) | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) "
				+ "| p50 / p99 of the legs (ms): commit -> record, record -> poll, poll -> effect "
				+ "| this JVM / other processes (% of the machine) | load average after | verdict |\n");
		report.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
		if (WARMUP_SECONDS > 0) {
			run(200, WARMUP_SECONDS);
		}
		boolean complete = true;
		for (String rate : RATES.split(",")) {
			Phase phase = run(Integer.parseInt(rate.trim()), SECONDS);
			complete &= phase.complete();
			report.append(phase.row()).append('\n');
			System.out.print(report);
		}
		long open = awaitOutboxDrained();
		report.append(String.format(Locale.ROOT,
				"%noutbox entries still incomplete after the run: %d; effects recorded: %d for %d changes committed%n", open,
				jdbc.sql("SELECT count(*) FROM bench_effect").query(Long.class).single(),
				jdbc.sql("SELECT count(*) FROM bench_change").query(Long.class).single()));
		write(report.toString());
		System.out.print(report);
		assertThat(complete).as("every committed change reached the consumer exactly once").isTrue();
		assertThat(open).as("every outbox entry completed").isZero();
	}

	private Phase run(int rate, int seconds) throws Exception {
		int total = rate * seconds;
		LatencyProbe probe = new LatencyProbe(total);
		EventLatencyApplication.PROBE.set(probe);
		MachineLoad load = MachineLoad.start();
		long period = 1_000_000_000L / rate;
		AtomicLong next = new AtomicLong();
		ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
		long start = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < SENDERS; i++) {
			running.add(senders.submit(() -> {
				for (long n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
					long due = start + n * period;
					long wait = due - System.nanoTime();
					if (wait > 0) {
						LockSupport.parkNanos(wait);
					}
					commitChange(probe);
				}
			}));
		}
		for (Future<?> sender : running) {
			sender.get();
		}
		double sendSeconds = (System.nanoTime() - start) / 1e9;
		senders.shutdown();
		// a backlog drains as long as effects keep arriving: late is a figure, only an event that stops coming is a loss
		long stalledSince = System.nanoTime();
		int lastSeen = probe.seen();
		while (probe.seen() < total && System.nanoTime() - stalledSince < STALL.toNanos()) {
			Thread.sleep(20);
			if (probe.seen() != lastSeen) {
				lastSeen = probe.seen();
				stalledSince = System.nanoTime();
			}
		}
		return new Phase(rate, total, total / sendSeconds, probe, load.stop());
	}

	/** One producing transaction: the change and its fact, stamped once it has committed. */
	private void commitChange(LatencyProbe probe) {
		UUID id = UUID.randomUUID();
		EventMetadata metadata = EventMetadata.capture();
		transactions.executeWithoutResult(status -> {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					probe.committed(metadata.eventId());
				}
			});
			jdbc.sql("INSERT INTO bench_change (id, changed_at) VALUES (:id, now())").param("id", id).update();
			events.publishEvent(new ChangeCommitted(metadata, id.toString()));
		});
	}

	private long awaitOutboxDrained() throws InterruptedException {
		long open = 0;
		for (int i = 0; i < 100; i++) {
			open = jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
				.query(Long.class)
				.single();
			if (open == 0) {
				break;
			}
			Thread.sleep(100);
		}
		return open;
	}

	private record Phase(int rate, int sent, double sentRate, LatencyProbe probe, MachineLoad.Share load) {

		boolean complete() {
			return probe.seen() == sent && probe.unknown() == 0;
		}

		String row() {
			double[] sorted = probe.sortedMillis();
			double p99 = LatencyProbe.percentile(sorted, 99);
			String verdict;
			if (!complete()) {
				verdict = String.format(Locale.ROOT, "FAILED: %d of %d effects seen, %d unknown", probe.seen(), sent,
						probe.unknown());
			}
			else if (rate == GOAL_RATE) {
				verdict = p99 <= GOAL_P99_MS ? "goal met (p99 <= 50 ms)" : "goal MISSED (p99 <= 50 ms)";
			}
			else {
				verdict = "no goal at this rate";
			}
			StringBuilder legs = new StringBuilder();
			for (int leg = 0; leg < 3; leg++) {
				double[] times = probe.sortedLeg(leg);
				legs.append(leg == 0 ? "" : ", ")
					.append(String.format(Locale.ROOT, "%.0f / %.0f", LatencyProbe.percentile(times, 50),
							LatencyProbe.percentile(times, 99)));
			}
			return String.format(Locale.ROOT, "| %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %s | %.0f / %.0f | %s | %s |",
					rate, sent, sentRate, LatencyProbe.percentile(sorted, 50), LatencyProbe.percentile(sorted, 95), p99,
					sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1], legs, load.self(), load.others(),
					load.loadAverage(), verdict);
		}

	}

	private static void write(String report) throws IOException {
		Path file = Path.of("target", "benchmarks", "event-latency.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
	}

}
