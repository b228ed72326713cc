package cn.bjrenovation.finance.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import cn.bjrenovation.finance.ledger.application.LedgerTransactions;
import cn.bjrenovation.finance.ledger.domain.AccountId;
import cn.bjrenovation.finance.ledger.domain.AccountKind;
import cn.bjrenovation.finance.ledger.domain.SubsidyLedger;
import cn.bjrenovation.finance.ledger.domain.Transfer;
import cn.bjrenovation.platform.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ledger throughput with every invariant on (idempotent id, double entry on two account rows, no-overdraft condition
 * and CHECK, immutability trigger, foreign keys), against plain inserts of the same rows into a copy of the transfer
 * table with its primary key only — same run, same database, one transaction per transfer on both sides. Then the
 * latency of a commitment (a hold posted: two transfers, two transactions) under 8 concurrent callers. Run by
 * {@code bench/ledger.sh}; figures in {@code target/benchmarks/ledger.txt} and docs/benchmarks.md.
 */
@ServiceTest
class LedgerBenchmark {

	private static final int TRANSFERS = Integer.getInteger("bench.transfers", 20_000);

	private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

	private static final int CALLERS = 8;

	private static final int COMMITS = Integer.getInteger("bench.commits", 4_000);

	@Autowired
	SubsidyLedger ledger;

	@Autowired
	LedgerTransactions transactions;

	@Autowired
	TransactionTemplate plain;

	@Autowired
	JdbcClient jdbc;

	@Test
	void transfersPerSecondAgainstPlainInsertsAndCommitLatencyUnderEightCallers() throws Exception {
		StringBuilder report = new StringBuilder();
		jdbc.sql("DROP TABLE IF EXISTS bench_transfer").update();
		jdbc.sql("CREATE TABLE bench_transfer (LIKE ledger_transfer INCLUDING DEFAULTS)").update();
		jdbc.sql("ALTER TABLE bench_transfer ADD PRIMARY KEY (id)").update();
		report.append(String.format(Locale.ROOT, "ledger benchmark: %d transfers per round, %d rounds, %s%n", TRANSFERS,
				ROUNDS, Instant.now()));
		List<Double> ratios = new ArrayList<>();
		List<Double> concurrentRatios = new ArrayList<>();
		for (int round = 1; round <= ROUNDS; round++) {
			LedgerFixture fixture = new LedgerFixture(ledger, transactions, jdbc);
			AccountId line = fixture.line("line", 100_000_000_000_000L);
			List<AccountId> targets = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				targets.add(fixture.open("project-" + i, AccountKind.COMMITMENT));
			}
			List<Transfer> rows = transfers(line, targets);
			double ledgerSeconds = seconds(rows, 1, transfer -> transactions.run(() -> ledger.apply(transfer)));
			double plainSeconds = seconds(rows, 1, transfer -> plain.executeWithoutResult(status -> insertPlain(transfer)));
			double ratio = plainSeconds / ledgerSeconds;
			ratios.add(ratio);
			report.append(String.format(Locale.ROOT,
					"round %d, one caller: ledger %.2f s (%.0f transfers/s), plain inserts %.2f s (%.0f rows/s): %.0f %%%n",
					round, ledgerSeconds, TRANSFERS / ledgerSeconds, plainSeconds, TRANSFERS / plainSeconds,
					ratio * 100));
			jdbc.sql("TRUNCATE bench_transfer").update();
			List<Transfer> more = transfers(line, targets);
			ledgerSeconds = seconds(more, CALLERS, transfer -> transactions.run(() -> ledger.apply(transfer)));
			plainSeconds = seconds(more, CALLERS, transfer -> plain.executeWithoutResult(status -> insertPlain(transfer)));
			ratio = plainSeconds / ledgerSeconds;
			concurrentRatios.add(ratio);
			report.append(String.format(Locale.ROOT,
					"round %d, %d callers: ledger %.2f s (%.0f transfers/s), plain inserts %.2f s (%.0f rows/s): %.0f %%%n",
					round, CALLERS, ledgerSeconds, TRANSFERS / ledgerSeconds, plainSeconds, TRANSFERS / plainSeconds,
					ratio * 100));
			System.out.print(report);
			jdbc.sql("TRUNCATE bench_transfer").update();
		}
		report.append(String.format(Locale.ROOT, "median ledger / plain throughput, one caller: %.0f %%%n",
				median(ratios) * 100));
		report.append(String.format(Locale.ROOT,
				"median ledger / plain throughput, %d callers: %.0f %% (goal >= 50 %%)%n", CALLERS,
				median(concurrentRatios) * 100));

		for (Phases phases : Phases.values()) {
			report.append(commitLatency(phases, "8 callers, one shared budget line", true));
			report.append(commitLatency(phases, "8 callers, a budget line each", false));
		}
		assertThat(transactions.run(ledger::check).balanced()).isTrue();
		jdbc.sql("DROP TABLE bench_transfer").update();
		write(report.toString());
	}

	/**
	 * What one caller's measured step does. A commit is what {@code finance.funding-plan.commit} does to the ledger:
	 * the hold (the first phase). Posting it is another operation ({@code finance.funding-plan.post}), taken later;
	 * both phases back to back, each its own transaction, are measured too.
	 */
	private enum Phases {

		COMMIT("commit (the hold)"), COMMIT_AND_POST("hold + post, two transactions");

		final String label;

		Phases(String label) {
			this.label = label;
		}

	}

	/** Commit latency under 8 callers, all on one budget line or each on its own. */
	private String commitLatency(Phases phases, String what, boolean shared) throws Exception {
		LedgerFixture fixture = new LedgerFixture(ledger, transactions, jdbc);
		List<AccountId> lines = new ArrayList<>();
		for (int i = 0; i < (shared ? 1 : CALLERS); i++) {
			lines.add(fixture.line("line-" + i, 100_000_000_000_000L));
		}
		long[][] latencies = new long[CALLERS][COMMITS / CALLERS];
		ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
		CountDownLatch go = new CountDownLatch(1);
		for (int c = 0; c < CALLERS; c++) {
			int caller = c;
			AccountId line = lines.get(shared ? 0 : c);
			AccountId project = fixture.open("commitment-" + c, AccountKind.COMMITMENT);
			pool.submit(() -> {
				go.await();
				for (int i = 0; i < latencies[caller].length; i++) {
					long start = System.nanoTime();
					Transfer hold = Transfer.pending(UUID.randomUUID(), line, project, 100, "COMMITMENT", null, "bench",
							"bench", Instant.now());
					transactions.run(() -> ledger.apply(hold));
					if (phases == Phases.COMMIT_AND_POST) {
						transactions.run(() -> ledger.apply(Transfer.resolving(UUID.randomUUID(), hold, true, "bench",
								"bench", Instant.now())));
					}
					latencies[caller][i] = System.nanoTime() - start;
				}
				return null;
			});
		}
		long began = System.nanoTime();
		go.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
		double seconds = (System.nanoTime() - began) / 1e9;
		long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
		long[] measured = all;
		return String.format(Locale.ROOT,
				"%s under %s: %d in %.1f s (%.0f/s), p50 %.1f ms, p99 %.1f ms, max %.1f ms%s%n", phases.label,
				what, all.length, seconds, all.length / seconds, pct(measured, 0.50), pct(measured, 0.99),
				measured[measured.length - 1] / 1e6, phases == Phases.COMMIT ? " (goal p99 <= 20 ms)" : "");
	}

	private static List<Transfer> transfers(AccountId line, List<AccountId> targets) {
		List<Transfer> rows = new ArrayList<>();
		for (int i = 0; i < TRANSFERS; i++) {
			rows.add(Transfer.posted(UUID.randomUUID(), line, targets.get(i % targets.size()), 1 + i % 997, "COMMITMENT",
					null, "benchmark", "bench", Instant.now()));
		}
		return rows;
	}

	/** Seconds for {@code callers} threads to take every row, one transaction each (the ledger's grouped by it). */
	private static double seconds(List<Transfer> rows, int callers, Consumer<Transfer> each) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> shares = new ArrayList<>();
		for (int c = 0; c < callers; c++) {
			List<Transfer> share = rows.subList(rows.size() * c / callers, rows.size() * (c + 1) / callers);
			shares.add(pool.submit(() -> {
				go.await();
				share.forEach(each);
				return null;
			}));
		}
		long start = System.nanoTime();
		go.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
		double seconds = (System.nanoTime() - start) / 1e9;
		for (Future<?> share : shares) {
			share.get(); // a failed transfer fails the benchmark
		}
		return seconds;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static double pct(long[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
	}

	private void insertPlain(Transfer transfer) {
		jdbc.sql("""
				INSERT INTO bench_transfer (id, debit_account, credit_account, amount_fen, phase, pending_id, code,
				                            project_id, memo, recorded_by, recorded_at)
				VALUES (:id, :debit, :credit, :amount, :phase, :pending, :code, :project, :memo, :by, :at)""")
			.param("id", transfer.id())
			.param("debit", transfer.debit().value())
			.param("credit", transfer.credit().value())
			.param("amount", transfer.amountFen())
			.param("phase", transfer.phase().name())
			.param("pending", transfer.pendingId())
			.param("code", transfer.code())
			.param("project", transfer.projectId())
			.param("memo", transfer.memo())
			.param("by", transfer.recordedBy())
			.param("at", Timestamp.from(transfer.recordedAt()))
			.update();
	}

	private static void write(String report) throws IOException {
		System.out.print(report);
		Path out = Path.of("target/benchmarks/ledger.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

}
