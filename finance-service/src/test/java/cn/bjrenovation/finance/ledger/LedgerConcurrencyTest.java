package cn.bjrenovation.finance.ledger;

import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import cn.bjrenovation.finance.ledger.application.LedgerTransactions;
import cn.bjrenovation.finance.ledger.domain.AccountId;
import cn.bjrenovation.finance.ledger.domain.AccountKind;
import cn.bjrenovation.finance.ledger.domain.InsufficientFunds;
import cn.bjrenovation.finance.ledger.domain.SubsidyLedger;
import cn.bjrenovation.finance.ledger.domain.Transfer;
import cn.bjrenovation.finance.ledger.domain.TransferResult;
import cn.bjrenovation.platform.testing.ServiceTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 8 callers × 1,000 disbursements against one budget line that covers only part of them, on the real database: the
 * line ends at zero (amounts that divide it) or above, every refused one is reported as insufficient funds, none is
 * lost (paid + refused = asked), and the books balance.
 */
@ServiceTest
class LedgerConcurrencyTest {

	private static final int CALLERS = 8;

	private static final int EACH = Integer.getInteger("ledger.each", 1_000);

	@Autowired
	SubsidyLedger ledger;

	@Autowired
	LedgerTransactions transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry metrics;

	@Autowired
	TransactionTemplate template;

	@Test
	void eightCallersDrainALineExactlyToZeroAndEveryRefusalIsReported() throws Exception {
		drainExactlyToZero(new LedgerFixture(ledger, transactions, jdbc)::apply);
	}

	/**
	 * The same race with every transfer in its own transaction, as eight replicas of the service would run them (a
	 * service groups its own callers' transfers into shared transactions, so the race above meets the database's guard
	 * mostly between groups; here every transfer meets it).
	 */
	@Test
	void eightReplicasDrainALineExactlyToZeroThroughTheDatabasesGuardAlone() throws Exception {
		drainExactlyToZero(transfer -> template.execute(status -> ledger.apply(transfer)));
	}

	private void drainExactlyToZero(Function<Transfer, TransferResult> apply) throws Exception {
		LedgerFixture fixture = new LedgerFixture(ledger, transactions, jdbc);
		long each = 100;
		long covers = CALLERS * EACH * 5 / 8;
		AccountId line = fixture.line("line", covers * each);
		AccountId disbursed = fixture.open("disbursed", AccountKind.DISBURSED);

		Outcome outcome = race(apply, line, disbursed, random -> each);

		assertThat(outcome.paid.get()).isEqualTo(covers);
		assertThat(outcome.refused.get()).isEqualTo(CALLERS * EACH - covers);
		assertThat(outcome.others).as("anything but paid or insufficient funds").isEmpty();
		assertThat(fixture.available(line)).isZero();
		assertThat(ledger.balance(disbursed).orElseThrow().creditsPosted()).isEqualTo(covers * each);
		assertThat(transactions.run(ledger::check).balanced()).isTrue();
		// what the operations dashboard shows (renovation_ledger_balanced)
		assertThat(metrics.get("renovation.ledger.balanced").gauge().value()).isEqualTo(1.0);
	}

	@Test
	void amountsThatDoNotDivideTheLineLeaveItAtZeroOrAboveAndAccountForEveryFen() throws Exception {
		LedgerFixture fixture = new LedgerFixture(ledger, transactions, jdbc);
		long seed = Long.getLong("ledger.seed", System.nanoTime());
		System.out.println("LedgerConcurrencyTest seed " + seed);
		long budget = 1_234_567;
		AccountId line = fixture.line("line", budget);
		AccountId disbursed = fixture.open("disbursed", AccountKind.DISBURSED);

		Outcome outcome = race(fixture::apply, line, disbursed, random -> 1 + random.nextInt(400));

		assertThat(outcome.others).isEmpty();
		assertThat(outcome.paid.get() + outcome.refused.get()).isEqualTo(CALLERS * EACH);
		assertThat(fixture.available(line)).isGreaterThanOrEqualTo(0)
			.isEqualTo(budget - outcome.paidFen.get());
		assertThat(ledger.balance(disbursed).orElseThrow().creditsPosted()).isEqualTo(outcome.paidFen.get());
		assertThat(transactions.run(ledger::check).balanced()).isTrue();
	}

	record Outcome(AtomicLong paid, AtomicLong paidFen, AtomicLong refused, Map<String, Throwable> others) {
	}

	interface Amounts {

		long next(SplittableRandom random);

	}

	private Outcome race(Function<Transfer, TransferResult> apply, AccountId line, AccountId disbursed, Amounts amounts)
			throws InterruptedException {
		Outcome outcome = new Outcome(new AtomicLong(), new AtomicLong(), new AtomicLong(), new ConcurrentHashMap<>());
		ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
		CountDownLatch start = new CountDownLatch(1);
		for (int caller = 0; caller < CALLERS; caller++) {
			SplittableRandom random = new SplittableRandom(caller * 7919L);
			pool.submit(() -> {
				start.await();
				for (int i = 0; i < EACH; i++) {
					long amount = amounts.next(random);
					Transfer transfer = Transfer.posted(UUID.randomUUID(), line, disbursed, amount, "DISBURSEMENT", null,
							"race", "test", Instant.now());
					try {
						assertThat(apply.apply(transfer)).isEqualTo(TransferResult.CREATED);
						outcome.paid.incrementAndGet();
						outcome.paidFen.addAndGet(amount);
					}
					catch (InsufficientFunds ex) {
						outcome.refused.incrementAndGet();
					}
					catch (RuntimeException | Error ex) {
						outcome.others.put(transfer.id().toString(), ex);
					}
				}
				return null;
			});
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
		outcome.others.values().stream().limit(3).forEach(Throwable::printStackTrace);
		return outcome;
	}


}
