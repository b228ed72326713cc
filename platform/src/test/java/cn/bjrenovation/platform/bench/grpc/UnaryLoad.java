package cn.bjrenovation.platform.bench.grpc;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import cn.bjrenovation.finance.v1.FiscalCapacityServiceGrpc;
import cn.bjrenovation.finance.v1.GetFiscalCapacityRequest;
import cn.bjrenovation.finance.v1.GetFiscalCapacityResponse;
import cn.bjrenovation.platform.grpc.BearerCredentials;
import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.MoreExecutors;
import io.grpc.ManagedChannel;

/**
 * A grpc-java load generator for one unary RPC on one channel: a closed loop (a fixed number of calls in flight, for
 * saturation throughput) or an open loop (calls started at a fixed rate whatever the answers do, latency counted from
 * each call's scheduled start, so a stall is not hidden by the generator waiting).
 */
final class UnaryLoad {

	record Result(long calls, long failures, double seconds, double[] sortedMillis) {

		double callsPerSecond() {
			return calls / seconds;
		}

		double percentile(double p) {
			if (sortedMillis.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(p / 100 * sortedMillis.length) - 1;
			return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, index))];
		}

	}

	private static final GetFiscalCapacityRequest REQUEST = GetFiscalCapacityRequest.newBuilder().setYear(2026).build();

	private final FiscalCapacityServiceGrpc.FiscalCapacityServiceFutureStub stub;

	UnaryLoad(ManagedChannel channel, String token) {
		this.stub = FiscalCapacityServiceGrpc.newFutureStub(channel).withCallCredentials(BearerCredentials.of(token));
	}

	/** {@code inFlight} calls at all times for {@code seconds}. */
	Result closed(int inFlight, double seconds) throws InterruptedException {
		Semaphore slots = new Semaphore(inFlight);
		Recorder recorder = new Recorder((int) Math.min(20_000_000, seconds * 200_000));
		long start = System.nanoTime();
		long end = start + (long) (seconds * 1e9);
		while (System.nanoTime() < end) {
			slots.acquire();
			call(System.nanoTime(), recorder, slots::release);
		}
		slots.acquire(inFlight);
		return recorder.result((System.nanoTime() - start) / 1e9);
	}

	/** A call every {@code 1 / rate} s for {@code seconds}. */
	Result open(double rate, double seconds) throws InterruptedException {
		long period = (long) (1e9 / rate);
		int calls = (int) (rate * seconds);
		Recorder recorder = new Recorder(calls);
		CountDownLatch done = new CountDownLatch(calls);
		long start = System.nanoTime();
		for (int i = 0; i < calls; i++) {
			long due = start + i * period;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			call(due, recorder, done::countDown);
		}
		done.await(30, TimeUnit.SECONDS);
		return recorder.result((System.nanoTime() - start) / 1e9);
	}

	private void call(long started, Recorder recorder, Runnable then) {
		Futures.addCallback(stub.getFiscalCapacity(REQUEST), new FutureCallback<GetFiscalCapacityResponse>() {
			@Override
			public void onSuccess(GetFiscalCapacityResponse response) {
				recorder.record(System.nanoTime() - started);
				then.run();
			}

			@Override
			public void onFailure(Throwable failure) {
				recorder.fail();
				then.run();
			}
		}, MoreExecutors.directExecutor());
	}

	private static final class Recorder {

		private final long[] nanos;

		private final AtomicInteger count = new AtomicInteger();

		private final AtomicLong failures = new AtomicLong();

		Recorder(int capacity) {
			this.nanos = new long[capacity];
		}

		void record(long latency) {
			int index = count.getAndIncrement();
			if (index < nanos.length) {
				nanos[index] = latency;
			}
		}

		void fail() {
			failures.incrementAndGet();
		}

		Result result(double seconds) {
			int n = Math.min(count.get(), nanos.length);
			double[] sorted = Arrays.stream(Arrays.copyOf(nanos, n)).sorted().mapToDouble(v -> v / 1e6).toArray();
			return new Result(count.get(), failures.get(), seconds, sorted);
		}

	}

}
