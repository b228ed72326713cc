package cn.bjrenovation.platform.bench.events;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Commit → effect times of one phase of the benchmark. The whole latency is taken in this JVM's
 * {@link System#nanoTime()}: the producing transaction is stamped once it has committed, the consumer's effect once
 * its transaction has committed. Its legs, in wall-clock milliseconds, show where the time goes: commit → the Kafka
 * record's creation (the outbox relay: {@code record.timestamp()} is stamped when the producer is handed the record),
 * creation → the consumer's poll (producer batching, the broker, the consumer's fetch), poll → the effect committed
 * (the consumer's transaction and the queue of records before it).
 */
final class LatencyProbe {

	private record Commit(long nanos, long millis) {
	}

	private final Map<UUID, Commit> committed = new ConcurrentHashMap<>();

	private final long[] total;

	private final long[][] legs;

	private final AtomicInteger seen = new AtomicInteger();

	private final AtomicInteger unknown = new AtomicInteger();

	LatencyProbe(int expected) {
		this.total = new long[expected];
		this.legs = new long[3][expected];
	}

	void committed(UUID eventId) {
		committed.put(eventId, new Commit(System.nanoTime(), System.currentTimeMillis()));
	}

	/**
	 * The consumer's transaction for this event has committed.
	 * @param created the Kafka record's timestamp (ms), @param polled when the consumer got it (ms)
	 */
	void effect(UUID eventId, long created, long polled) {
		long nanos = System.nanoTime();
		long millis = System.currentTimeMillis();
		Commit start = committed.remove(eventId);
		if (start == null) {
			// an event of an earlier phase, redelivered
			unknown.incrementAndGet();
			return;
		}
		int index = seen.getAndIncrement();
		if (index < total.length) {
			total[index] = nanos - start.nanos();
			legs[0][index] = created - start.millis();
			legs[1][index] = polled - created;
			legs[2][index] = millis - polled;
		}
	}

	int seen() {
		return seen.get();
	}

	int unknown() {
		return unknown.get();
	}

	/** Sorted commit → effect latencies in milliseconds. */
	double[] sortedMillis() {
		int n = Math.min(seen.get(), total.length);
		return Arrays.stream(Arrays.copyOf(total, n)).sorted().mapToDouble(nanos -> nanos / 1e6).toArray();
	}

	/** Sorted milliseconds of leg 0 (commit → record), 1 (record → poll) or 2 (poll → effect). */
	double[] sortedLeg(int leg) {
		int n = Math.min(seen.get(), total.length);
		return Arrays.stream(Arrays.copyOf(legs[leg], n)).sorted().asDoubleStream().toArray();
	}

	static double percentile(double[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
