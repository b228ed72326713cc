package cn.bjrenovation.finance.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.bjrenovation.finance.ledger.application.LedgerTransactions;
import cn.bjrenovation.finance.ledger.domain.AccountBalance;
import cn.bjrenovation.finance.ledger.domain.AccountId;
import cn.bjrenovation.finance.ledger.domain.AccountKind;
import cn.bjrenovation.finance.ledger.domain.InsufficientFunds;
import cn.bjrenovation.finance.ledger.domain.LedgerBalance;
import cn.bjrenovation.finance.ledger.domain.LedgerRefusal;
import cn.bjrenovation.finance.ledger.domain.SubsidyLedger;
import cn.bjrenovation.finance.ledger.domain.Transfer;
import cn.bjrenovation.finance.ledger.domain.TransferResult;
import cn.bjrenovation.platform.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Property-style tests of the subsidy ledger on the real database: random sequences of holds, posts, voids,
 * disbursements, releases, replays (same and changed), double resolutions and bursts of concurrent callers, checked
 * against a model after every step: Σ debits = Σ credits, every account equal to its transfers and to the model, no
 * flagged account below zero, no transfer applied twice. {@code -Dledger.seed=…} replays a run, {@code -Dledger.runs=…}
 * scales it (jqwik does not run on this JUnit platform, so the seeds are printed as the platform's fuzz tests do).
 */
@ServiceTest
class LedgerPropertiesTest {

	private static final int RUNS = Integer.getInteger("ledger.runs", 12);

	private static final int STEPS = Integer.getInteger("ledger.steps", 60);

	@Autowired
	SubsidyLedger ledger;

	@Autowired
	LedgerTransactions transactions;

	@Autowired
	JdbcClient jdbc;

	/** What the ledger must hold, computed in Java from the transfers it accepted. */
	private static final class Model {

		final Map<AccountId, long[]> totals = new HashMap<>(); // debitsPosted, creditsPosted, debitsPending, creditsPending

		final Map<AccountId, Boolean> guarded = new HashMap<>();

		final Map<UUID, Transfer> applied = new HashMap<>();

		final List<Transfer> openHolds = new ArrayList<>();

		final List<Transfer> resolvedHolds = new ArrayList<>();

		void open(AccountId id, boolean noOverdraft) {
			totals.put(id, new long[4]);
			guarded.put(id, noOverdraft);
		}

		long available(AccountId id) {
			long[] t = totals.get(id);
			return t[1] - t[0] - t[2];
		}

		boolean covers(Transfer transfer) {
			if (!guarded.get(transfer.debit())) {
				return true;
			}
			return switch (transfer.phase()) {
				case POSTED, PENDING -> available(transfer.debit()) >= transfer.amountFen();
				case POST_PENDING, VOID_PENDING -> true;
			};
		}

		void apply(Transfer transfer) {
			long a = transfer.amountFen();
			long[] debit = totals.get(transfer.debit());
			long[] credit = totals.get(transfer.credit());
			switch (transfer.phase()) {
				case POSTED -> {
					debit[0] += a;
					credit[1] += a;
				}
				case PENDING -> {
					debit[2] += a;
					credit[3] += a;
					openHolds.add(transfer);
				}
				case POST_PENDING -> {
					debit[2] -= a;
					debit[0] += a;
					credit[3] -= a;
					credit[1] += a;
					resolve(transfer.pendingId());
				}
				case VOID_PENDING -> {
					debit[2] -= a;
					credit[3] -= a;
					resolve(transfer.pendingId());
				}
			}
			applied.put(transfer.id(), transfer);
		}

		private void resolve(UUID hold) {
			Transfer found = openHolds.stream().filter(t -> t.id().equals(hold)).findFirst().orElseThrow();
			openHolds.remove(found);
			resolvedHolds.add(found);
		}

	}

	@Test
	void randomSequencesKeepTheBooksBalancedNeverOverdrawAndApplyNothingTwice() throws Exception {
		long seed = Long.getLong("ledger.seed", System.nanoTime());
		System.out.println("LedgerPropertiesTest seed " + seed + " (replay: -Dledger.seed=" + seed + ")");
		SplittableRandom random = new SplittableRandom(seed);
		for (int run = 0; run < RUNS; run++) {
			runOneSequence(random.split(), seed, run);
		}
	}

	private void runOneSequence(SplittableRandom random, long seed, int run) throws Exception {
		LedgerFixture fixture = new LedgerFixture(ledger, transactions, jdbc);
		Model model = new Model();
		AccountId source = fixture.open("source", AccountKind.APPROPRIATION);
		model.open(source, false);
		List<AccountId> lines = new ArrayList<>();
		List<AccountId> commitments = new ArrayList<>();
		List<AccountId> paid = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			AccountId line = fixture.open("line-" + i, AccountKind.BUDGET_LINE);
			model.open(line, true);
			lines.add(line);
			AccountId commitment = fixture.open("commitment-" + i, AccountKind.COMMITMENT);
			model.open(commitment, true);
			commitments.add(commitment);
			AccountId disbursed = fixture.open("disbursed-" + i, AccountKind.DISBURSED);
			model.open(disbursed, false);
			paid.add(disbursed);
			step(model, posted(source, line, 1 + random.nextInt(50_000)), seed, run);
		}
		for (int s = 0; s < STEPS; s++) {
			int i = random.nextInt(2);
			long amount = 1 + random.nextInt(20_000);
			int op = random.nextInt(10);
			String where = "seed " + seed + " run " + run + " step " + s + " op " + op;
			switch (op) {
				case 0, 1 -> step(model, pending(lines.get(i), commitments.get(i), amount), seed, run);
				case 2 -> {
					if (!model.openHolds.isEmpty()) {
						Transfer hold = model.openHolds.get(random.nextInt(model.openHolds.size()));
						step(model, Transfer.resolving(UUID.randomUUID(), hold, true, "post", "test", Instant.now()), seed,
								run);
					}
				}
				case 3 -> {
					if (!model.openHolds.isEmpty()) {
						Transfer hold = model.openHolds.get(random.nextInt(model.openHolds.size()));
						step(model, Transfer.resolving(UUID.randomUUID(), hold, false, "void", "test", Instant.now()), seed,
								run);
					}
				}
				case 4 -> step(model, posted(commitments.get(i), paid.get(i), amount), seed, run);
				case 5 -> step(model, posted(commitments.get(i), lines.get(i), amount), seed, run);
				case 6 -> {
					// a replay with the same fields: "exists", nothing moves
					if (!model.applied.isEmpty()) {
						Transfer earlier = pick(random, model.applied.values());
						assertThat(fixture.apply(earlier)).as(where).isEqualTo(TransferResult.EXISTS);
					}
				}
				case 7 -> {
					// the same id with another amount: refused, nothing moves
					if (!model.applied.isEmpty()) {
						Transfer earlier = pick(random, model.applied.values());
						if (!earlier.phase().resolvesAHold()) {
							Transfer changed = new Transfer(earlier.id(), earlier.debit(), earlier.credit(),
									earlier.amountFen() + 1, earlier.phase(), null, earlier.code(), null, "changed",
									"test", Instant.now());
							assertThatThrownBy(() -> fixture.apply(changed)).as(where)
								.isInstanceOfSatisfying(LedgerRefusal.class, ex -> assertThat(ex.reason())
									.isEqualTo(LedgerRefusal.Reason.EXISTS_WITH_DIFFERENT_FIELDS));
						}
					}
				}
				case 8 -> {
					// a hold resolved already cannot be posted or voided again under another id
					if (!model.resolvedHolds.isEmpty()) {
						Transfer hold = model.resolvedHolds.get(random.nextInt(model.resolvedHolds.size()));
						assertThatThrownBy(() -> fixture.apply(Transfer.resolving(UUID.randomUUID(), hold,
								random.nextBoolean(), "again", "test", Instant.now()))).as(where)
							.isInstanceOfSatisfying(LedgerRefusal.class, ex -> assertThat(ex.reason())
								.isEqualTo(LedgerRefusal.Reason.PENDING_TRANSFER_ALREADY_RESOLVED));
					}
				}
				default -> concurrentBurst(random, model, lines, commitments, paid, where);
			}
			assertMatches(model, where);
		}
	}

	/** Eight callers at once, half of them replaying the other half's ids: each transfer lands once, none overdraws. */
	private void concurrentBurst(SplittableRandom random, Model model, List<AccountId> lines, List<AccountId> commitments,
			List<AccountId> paid, String where) throws Exception {
		List<Transfer> burst = new ArrayList<>();
		for (int k = 0; k < 4; k++) {
			int i = random.nextInt(2);
			long amount = 1 + random.nextInt(30_000);
			burst.add(random.nextBoolean() ? posted(commitments.get(i), paid.get(i), amount)
					: posted(lines.get(i), commitments.get(i), amount));
		}
		List<Transfer> calls = new ArrayList<>(burst);
		calls.addAll(burst);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Object>> results = new ArrayList<>();
			for (Transfer transfer : calls) {
				results.add(pool.submit(() -> {
					try {
						return transactions.run(() -> ledger.apply(transfer));
					}
					catch (InsufficientFunds ex) {
						return ex;
					}
				}));
			}
			for (int k = 0; k < burst.size(); k++) {
				Object first = results.get(k).get();
				Object second = results.get(k + burst.size()).get();
				long created = java.util.stream.Stream.of(first, second).filter(TransferResult.CREATED::equals).count();
				assertThat(created).as(where + ": transfer " + burst.get(k).id() + " created once at most").isLessThanOrEqualTo(1);
				if (created == 1) {
					model.apply(burst.get(k));
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		// order decided who got the money: the model takes what the ledger accepted, and must still match it
	}

	private void step(Model model, Transfer transfer, long seed, int run) {
		boolean covered = model.covers(transfer);
		try {
			TransferResult result = transactions.run(() -> ledger.apply(transfer));
			assertThat(result).isEqualTo(TransferResult.CREATED);
			if (!covered) {
				fail("seed %d run %d: %s was accepted though %s had %d fen available", seed, run, transfer,
						transfer.debit(), model.available(transfer.debit()));
			}
			model.apply(transfer);
		}
		catch (InsufficientFunds ex) {
			assertThat(covered).as("seed %d run %d: %s refused though the model could cover it", seed, run, transfer)
				.isFalse();
		}
	}

	private void assertMatches(Model model, String where) {
		LedgerBalance balance = transactions.run(ledger::check);
		assertThat(balance.balanced()).as(where + ": " + balance).isTrue();
		model.totals.forEach((id, expected) -> {
			AccountBalance actual = ledger.balance(id).orElseThrow();
			assertThat(new long[] { actual.debitsPosted(), actual.creditsPosted(), actual.debitsPending(),
					actual.creditsPending() }).as(where + ": " + id).containsExactly(expected);
			if (model.guarded.get(id)) {
				assertThat(actual.availableFen()).as(where + ": " + id + " below zero").isGreaterThanOrEqualTo(0);
			}
		});
		for (UUID id : model.applied.keySet()) {
			assertThat(ledger.transfer(id)).as(where + ": " + id).isPresent();
		}
	}

	private static Transfer posted(AccountId debit, AccountId credit, long amount) {
		return Transfer.posted(UUID.randomUUID(), debit, credit, amount, "TEST", null, "random", "test", Instant.now());
	}

	private static Transfer pending(AccountId debit, AccountId credit, long amount) {
		return Transfer.pending(UUID.randomUUID(), debit, credit, amount, "TEST", null, "random", "test", Instant.now());
	}

	private static Transfer pick(SplittableRandom random, java.util.Collection<Transfer> transfers) {
		List<Transfer> all = new ArrayList<>(transfers);
		all.sort(java.util.Comparator.comparing(Transfer::id));
		return all.get(random.nextInt(all.size()));
	}


}
