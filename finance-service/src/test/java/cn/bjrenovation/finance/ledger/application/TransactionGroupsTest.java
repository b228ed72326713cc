package cn.bjrenovation.finance.ledger.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import cn.bjrenovation.finance.ledger.domain.Account;
import cn.bjrenovation.finance.ledger.domain.AccountId;
import cn.bjrenovation.finance.ledger.domain.AccountKind;
import cn.bjrenovation.finance.ledger.domain.SubsidyLedger;
import cn.bjrenovation.finance.ledger.domain.Transfer;
import cn.bjrenovation.finance.ledger.domain.TransferResult;
import cn.bjrenovation.platform.envelope.TraceContext;
import cn.bjrenovation.platform.testing.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Group commit on the real database: units that arrive together share a transaction, a failing unit takes nothing of
 * its own and nothing of its neighbours' down with it, and each unit runs in its caller's trace.
 */
@ServiceTest
class TransactionGroupsTest {

	@Autowired
	TransactionTemplate template;

	@Autowired
	LedgerTransactions transactions;

	@Autowired
	SubsidyLedger ledger;

	@Autowired
	JdbcClient jdbc;

	TransactionGroups groups;

	final ExecutorService callers = Executors.newCachedThreadPool();

	final ConcurrentHashMap<String, Boolean> committed = new ConcurrentHashMap<>();

	@BeforeEach
	void groups() {
		groups = new TransactionGroups(work -> template.execute(status -> work.get()), 64, "test-writer");
	}

	@AfterEach
	void close() throws InterruptedException {
		groups.close();
		callers.shutdownNow();
	}

	@Test
	void unitsArrivingTogetherShareOneTransaction() throws Exception {
		CountDownLatch go = new CountDownLatch(1);
		List<Future<List<Long>>> seen = new ArrayList<>();
		for (int c = 0; c < 8; c++) {
			seen.add(callers.submit(() -> {
				go.await();
				List<Long> transactionIds = new ArrayList<>();
				for (int i = 0; i < 50; i++) {
					transactionIds.add(groups.run(() -> jdbc.sql("SELECT txid_current()").query(Long.class).single()));
				}
				return transactionIds;
			}));
		}
		go.countDown();
		Set<Long> distinct = new HashSet<>();
		for (Future<List<Long>> caller : seen) {
			distinct.addAll(caller.get(60, TimeUnit.SECONDS));
		}
		assertThat(distinct).as("transactions for 400 units asked by 8 callers at once").hasSizeLessThan(400);
	}

	@Test
	void aFailingUnitCommitsNothingOfItsOwnAndLeavesItsNeighboursCommitted() throws Exception {
		String prefix = "groups-" + UUID.randomUUID().toString().substring(0, 8);
		AccountId from = open(prefix + ":from", AccountKind.APPROPRIATION);
		AccountId to = open(prefix + ":to", AccountKind.BUDGET_LINE);
		Transfer first = transfer(from, to);
		Transfer failing = transfer(from, to);
		Transfer third = transfer(from, to);

		CountDownLatch gate = new CountDownLatch(1);
		CountDownLatch blocking = new CountDownLatch(1);
		CompletableFuture<Object> blocker = ask(() -> {
			blocking.countDown();
			pass(gate);
			return null;
		});
		assertThat(blocking.await(30, TimeUnit.SECONDS)).isTrue(); // the writer is inside a group of its own
		CompletableFuture<Object> a = ask(() -> applyAndMark(first, "a"));
		await().until(() -> groups.queued() == 1);
		CompletableFuture<Object> b = ask(() -> {
			applyAndMark(failing, "b");
			throw new IllegalStateException("the work itself failed after moving money");
		});
		await().until(() -> groups.queued() == 2);
		CompletableFuture<Object> c = ask(() -> applyAndMark(third, "c"));
		await().until(() -> groups.queued() == 3);
		gate.countDown(); // a, b and c now go in one group

		blocker.get(30, TimeUnit.SECONDS);
		assertThat(a.get(30, TimeUnit.SECONDS)).isEqualTo(TransferResult.CREATED);
		assertThat(c.get(30, TimeUnit.SECONDS)).isEqualTo(TransferResult.CREATED);
		assertThatThrownBy(() -> b.get(30, TimeUnit.SECONDS)).hasRootCauseInstanceOf(IllegalStateException.class)
			.hasRootCauseMessage("the work itself failed after moving money");
		assertThat(ledger.transfer(first.id())).isPresent();
		assertThat(ledger.transfer(third.id())).isPresent();
		assertThat(ledger.transfer(failing.id())).as("the failed unit's transfer").isEmpty();
		assertThat(committed).as("after-commit callbacks (the outbox's way out)").containsOnlyKeys("a", "c");
		assertThat(ledger.balance(to).orElseThrow().creditsPosted()).isEqualTo(first.amountFen() + third.amountFen());
	}

	@Test
	void eachUnitRunsInItsCallersTrace() throws Exception {
		String trace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
		try (TraceContext.Entered entered = TraceContext.enter(trace)) {
			assertThat(groups.run(TraceContext::current)).isEqualTo(trace);
		}
		assertThat(groups.run(TraceContext::current)).as("a caller without a trace").isNull();
	}

	@Test
	void workAskedInsideAnOpenTransactionJoinsIt() {
		long[] ids = template.execute(status -> new long[] { txid(),
				transactions.run(() -> txid()) });
		assertThat(ids[1]).isEqualTo(ids[0]);
	}

	private long txid() {
		return jdbc.sql("SELECT txid_current()").query(Long.class).single();
	}

	private TransferResult applyAndMark(Transfer transfer, String unit) {
		TransferResult result = ledger.apply(transfer);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				committed.put(unit, true);
			}

		});
		return result;
	}

	private CompletableFuture<Object> ask(Supplier<Object> work) {
		return CompletableFuture.supplyAsync(() -> groups.run(work), callers);
	}

	private static void pass(CountDownLatch gate) {
		try {
			gate.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private AccountId open(String id, AccountKind kind) {
		AccountId account = new AccountId(id);
		template.executeWithoutResult(status -> ledger.open(new Account(account, kind, null, null, null, null, null)));
		return account;
	}

	private static Transfer transfer(AccountId from, AccountId to) {
		return Transfer.posted(UUID.randomUUID(), from, to, 100, "APPROPRIATION", null, "group test", "test",
				Instant.now());
	}

}
