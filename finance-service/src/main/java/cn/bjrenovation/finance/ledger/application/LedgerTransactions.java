package cn.bjrenovation.finance.ledger.application;

import java.util.function.Supplier;

import cn.bjrenovation.platform.problems.UpstreamUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work that moves money in one transaction, and runs it again when PostgreSQL gave up on it for a reason that
 * has nothing to do with the money: a deadlock, a serialization failure, a lock or statement timeout. Those are
 * retried a few times, then reported as what they are (503, "the ledger was busy") — never as insufficient funds,
 * which only the no-overdraft guard says. Use cases that move money call {@link #run} instead of being
 * {@code @Transactional}, since a retry needs a fresh transaction.
 *
 * <p>Work that arrives together shares a transaction and its flush ({@link TransactionGroups}); work asked for inside
 * a transaction already open (an event consumer's) joins that one instead, whose owner then decides about retries.
 */
@Component
public class LedgerTransactions implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LedgerTransactions.class);

	static final int ATTEMPTS = 5;

	/** Units per group: enough for every caller a service has threads for, few enough to keep a group short. */
	static final int LARGEST_GROUP = 64;

	private final TransactionTemplate transactions;

	private final TransactionGroups groups;

	LedgerTransactions(TransactionTemplate transactions) {
		this.transactions = transactions;
		this.groups = new TransactionGroups(this::inFreshTransaction, LARGEST_GROUP, "ledger-writer");
	}

	/** @throws UpstreamUnavailableException when the database stayed busy for every attempt */
	public <T> T run(Supplier<T> work) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return transactions.execute(status -> work.get());
		}
		return groups.run(work);
	}

	private <T> T inFreshTransaction(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> work.get());
			}
			catch (TransientDataAccessException ex) {
				if (attempt == ATTEMPTS) {
					throw new UpstreamUnavailableException("finance ledger database",
							"the ledger was busy (" + ex.getClass().getSimpleName() + ") " + ATTEMPTS
									+ " times running; nothing was recorded, try again",
							ex);
				}
				log.debug("ledger transaction attempt {} gave way ({}), retrying", attempt, ex.getClass().getSimpleName());
				pause(attempt);
			}
		}
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep((long) (Math.random() * 5 * attempt));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while retrying a ledger transaction", ex);
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		groups.close();
	}

}
