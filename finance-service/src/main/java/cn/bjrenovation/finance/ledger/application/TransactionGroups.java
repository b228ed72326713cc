package cn.bjrenovation.finance.ledger.application;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.bjrenovation.platform.envelope.TraceContext;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for money: the units of work that arrive together are run one after another by one writer thread in
 * one database transaction, so they share one WAL flush. A budget line's row is locked from a debit until its
 * transaction is durable; with one transaction per unit, concurrent commitments on one line queued on that lock one
 * flush at a time. Grouped, the line is locked once per group (TigerBeetle batches transfers for the same reason).
 *
 * <p>Each unit sees what the units before it in its group did, as if they had committed just before — the order is
 * their arrival. When any unit of a group fails, the whole group is rolled back (its outbox entries and transaction
 * callbacks are dropped with it) and each of its units is run again alone, in its own transaction, in the same order:
 * every caller then gets what its work alone did, exactly as without grouping, and nothing of a failed unit commits.
 * A caller waits until its unit's transaction has committed or failed; nothing is answered before it is durable.
 *
 * <p>The unit runs on the writer thread with the caller's context (trace, observation) restored around it.
 */
final class TransactionGroups {

	private static final Logger log = LoggerFactory.getLogger(TransactionGroups.class);

	private static final ContextSnapshotFactory CONTEXT = ContextSnapshotFactory.builder().build();

	/** Queued by {@link #close}: the writer stops once it has done everything before it. */
	private static final Unit<Void> LAST = new Unit<>(() -> null, null, null);

	private final BlockingQueue<Unit<?>> waiting = new LinkedBlockingQueue<>();

	private final Function<Supplier<?>, ?> transaction;

	private final int largestGroup;

	private final Thread writer;

	private volatile boolean closed;

	/**
	 * @param transaction runs its work in a fresh transaction, retrying what the database gave up on for reasons that
	 * are not the work's; throws what the work threw
	 * @param largestGroup how many units one transaction takes at most
	 */
	TransactionGroups(Function<Supplier<?>, ?> transaction, int largestGroup, String writerName) {
		this.transaction = transaction;
		this.largestGroup = largestGroup;
		this.writer = new Thread(this::write, writerName);
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/** Runs {@code work} in the next group and answers what it returned, or throws what it threw. */
	<T> T run(Supplier<T> work) {
		Unit<T> unit = new Unit<>(work, CONTEXT.captureAll(), TraceContext.current());
		synchronized (this) {
			if (closed) {
				// shutting down: the writer may already be gone, so the caller's thread does it
				return unit.alone(transaction);
			}
			waiting.add(unit);
		}
		return unit.outcome();
	}

	/** How many units wait for the writer. */
	int queued() {
		return waiting.size();
	}

	/** Lets the writer finish every unit already waiting, then stops it. */
	void close() throws InterruptedException {
		synchronized (this) {
			if (closed) {
				return;
			}
			closed = true;
			waiting.add(LAST); // nothing is queued after it
		}
		writer.join(TimeUnit.SECONDS.toMillis(30));
	}

	private void write() {
		boolean last = false;
		while (!last) {
			List<Unit<?>> group = new ArrayList<>();
			try {
				group.add(waiting.take());
			}
			catch (InterruptedException ex) {
				log.warn("the ledger's writer was interrupted; it goes on until closed");
				continue;
			}
			waiting.drainTo(group, largestGroup - 1);
			last = group.remove(LAST);
			if (!group.isEmpty()) {
				commit(group);
			}
		}
	}

	private void commit(List<Unit<?>> group) {
		if (group.size() > 1) {
			try {
				List<?> results = (List<?>) transaction.apply(() -> group.stream().map(Unit::perform).toList());
				for (int i = 0; i < group.size(); i++) {
					group.get(i).succeed(results.get(i));
				}
				return;
			}
			catch (RuntimeException | Error ex) {
				log.debug("a group of {} ledger units failed ({}); each runs again alone", group.size(), ex.toString());
			}
		}
		for (Unit<?> unit : group) {
			unit.settleAlone(transaction);
		}
	}

	/** One caller's work, the context it was asked in, and its outcome. */
	private static final class Unit<T> {

		private final Supplier<T> work;

		private final ContextSnapshot context;

		private final String trace;

		private final CompletableFuture<T> outcome = new CompletableFuture<>();

		Unit(Supplier<T> work, ContextSnapshot context, String trace) {
			this.work = work;
			this.context = context;
			this.trace = trace;
		}

		/** The work, in the caller's context, inside whatever transaction is open. */
		T perform() {
			try (ContextSnapshot.Scope restored = context.setThreadLocals();
					TraceContext.Entered entered = TraceContext.enterIfAny(trace)) {
				return work.get();
			}
		}

		@SuppressWarnings("unchecked")
		void succeed(Object result) {
			outcome.complete((T) result);
		}

		void settleAlone(Function<Supplier<?>, ?> transaction) {
			try {
				succeed(transaction.apply(this::perform));
			}
			catch (RuntimeException | Error ex) {
				outcome.completeExceptionally(ex);
			}
		}

		@SuppressWarnings("unchecked")
		T alone(Function<Supplier<?>, ?> transaction) {
			return (T) transaction.apply(this::perform);
		}

		/** Waits for the unit's transaction; a caller interrupted meanwhile still learns what became of its work. */
		T outcome() {
			try {
				return outcome.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw ex;
			}
		}

	}

}
