package cn.bjrenovation.housing.bench;

import java.util.Arrays;

import cn.bjrenovation.platform.testing.LocalHttp;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Latency of one GET at the client over HTTP: 100 warm-up calls, then 1,000 measured, sorted (ns); fewer with
 * {@code -Dbench.calls=N} (the smoke mode of the benchmark scripts).
 */
final class Latencies {

	static final int WARMUP = Math.min(100, Integer.getInteger("bench.calls", 1000) / 10);

	static final int MEASURED = Integer.getInteger("bench.calls", 1000);

	private Latencies() {
	}

	/** @throws IllegalStateException naming {@code what} when a call is not answered 200 */
	static long[] measure(LocalHttp http, String token, String what, String path) {
		long[] nanos = new long[MEASURED];
		for (int i = 0; i < WARMUP + MEASURED; i++) {
			long began = System.nanoTime();
			ResponseEntity<JsonNode> answer = http.get(token, path);
			long took = System.nanoTime() - began;
			if (answer.getStatusCode().value() != 200) {
				throw new IllegalStateException(what + ": " + answer.getBody());
			}
			if (i >= WARMUP) {
				nanos[i - WARMUP] = took;
			}
		}
		Arrays.sort(nanos);
		return nanos;
	}

	static double p50(long[] sorted) {
		return sorted[sorted.length / 2] / 1e6;
	}

	static double p99(long[] sorted) {
		return sorted[sorted.length * 99 / 100] / 1e6;
	}

	static double max(long[] sorted) {
		return sorted[sorted.length - 1] / 1e6;
	}

}
